/**
 * Names people type for states, beside the UN names in the generated data. Hand-kept: the UN
 * name list has one name per state, drafters and vote records use many.
 */

/**
 * Short display names where the UN name is long or formal. The UN's own short forms are kept
 * where they are what Council records use ("Russian Federation", "Viet Nam", "Türkiye"), and the
 * Koreas keep neutral forms (no "North"/"South" in a drafting tool).
 */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  BOL: "Bolivia",
  BRN: "Brunei",
  COD: "DR Congo",
  FSM: "Micronesia",
  GBR: "United Kingdom",
  IRN: "Iran",
  KOR: "Republic of Korea",
  LAO: "Lao PDR",
  MDA: "Moldova",
  PRK: "DPR Korea",
  SYR: "Syria",
  TZA: "Tanzania",
  USA: "United States",
  VEN: "Venezuela",
};

/**
 * Other names → ISO3: common English names, former names, and the names of Council seat holders
 * that no longer exist, mapped to the successor the membership records use (USSR → RUS,
 * Yugoslavia → SRB, Czechoslovakia → CZE, German Democratic Republic → DEU).
 * "Congo" alone is the Republic of the Congo (COG), as in the UN name list; the other Congo is
 * always qualified ("Democratic Republic of the Congo", "DR Congo", "DRC").
 */
export const NAME_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BFA: ["Upper Volta"],
  BEN: ["Dahomey"],
  BHS: ["Bahamas, The"],
  BIH: ["Bosnia", "Bosnia-Herzegovina"],
  BLR: ["Byelorussian SSR", "Byelorussia", "Belorussia"],
  BOL: ["Bolivia (Plurinational State of)"],
  CHN: ["People's Republic of China", "PRC", "China (People's Republic of China)", "China (Republic of China)"],
  CIV: ["Ivory Coast"],
  COD: ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo, Democratic Republic of the", "Zaire"],
  COG: ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville", "Congo, Republic of the"],
  CPV: ["Cape Verde"],
  CZE: ["Czech Republic", "Czechoslovakia"],
  DEU: ["German Democratic Republic", "East Germany", "GDR", "Federal Republic of Germany", "West Germany", "FRG"],
  EGY: ["United Arab Republic"],
  FSM: ["Micronesia (Federated States of)"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
  GMB: ["Gambia, The"],
  IRN: ["Iran (Islamic Republic of)", "Persia"],
  KHM: ["Kampuchea", "Democratic Kampuchea"],
  KOR: ["South Korea", "Korea, Republic of", "ROK"],
  LAO: ["Laos", "Lao PDR"],
  LBY: ["Libyan Arab Jamahiriya", "Libyan Arab Republic"],
  LKA: ["Ceylon"],
  MDA: ["Moldova, Republic of"],
  MKD: ["Macedonia", "The former Yugoslav Republic of Macedonia", "FYR Macedonia", "FYROM"],
  MMR: ["Burma"],
  NLD: ["Holland", "Netherlands (Kingdom of the)", "Kingdom of the Netherlands"],
  PRK: ["North Korea", "DPRK", "Korea, Democratic People's Republic of"],
  PSE: ["Palestine"],
  RUS: ["Russia", "USSR", "U.S.S.R.", "Soviet Union", "Union of Soviet Socialist Republics"],
  SRB: ["Yugoslavia", "Federal Republic of Yugoslavia", "Serbia and Montenegro"],
  SWZ: ["Swaziland"],
  SYR: ["Syria"],
  THA: ["Siam"],
  TLS: ["East Timor"],
  TUR: ["Turkey", "Turkiye"],
  TZA: ["Tanzania", "Tanzania, United Republic of"],
  UKR: ["Ukrainian SSR"],
  USA: ["United States", "USA", "US", "U.S.", "U.S.A.", "America", "United States of America"],
  VAT: ["Vatican", "Vatican City", "Holy See (Vatican City State)"],
  VEN: ["Venezuela", "Venezuela (Bolivarian Republic of)"],
  VNM: ["Vietnam"],
  YEM: ["Democratic Yemen", "South Yemen", "Yemen Arab Republic"],
};
