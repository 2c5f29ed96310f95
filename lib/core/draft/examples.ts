import type { PortableDraft } from "./schema";

/**
 * Seeded example drafts, in the portable format (the same text as docs/examples/*.json, which a
 * test keeps in step). Both are written for this workbench: the Kazakhstan draft is hypothetical
 * (no such draft was tabled), the Ukraine draft follows the outline of S/2022/155 of 25 February
 * 2022 in its own words. Both pass the checks without errors.
 */

export const EXAMPLE_IDS = ["kazakhstan-2022", "ukraine-2022"] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export type ExampleSummary = { id: ExampleId; name: string; description: string };

/**
 * January 2022: after unrest across Kazakhstan, its President asked the Collective Security Treaty
 * Organization for help on 5 January; the Organization's Collective Security Council decided on
 * 6 January to send its collective peacekeeping forces, which left by 19 January. A hypothetical
 * Council draft that expresses concern at the deployment and restates the Charter's rules on force
 * (Art. 2(4)), non-intervention (Art. 2(7)), self-defence (Art. 51, in its own words) and regional
 * arrangements (Arts. 52–54). It does not call the deployment enforcement action: a deployment
 * requested by the host Government raises intervention by invitation, a different question on which
 * Members differ, and a Council text would not settle it in passing.
 */
const KAZAKHSTAN_2022: PortableDraft = {
  schemaVersion: 1,
  body: "security-council",
  date: "2022-01-10",
  agendaItem: "The situation in Kazakhstan",
  sponsors: ["ALB", "NOR"],
  preamble: [
    { phrase: "Guided by", text: "the purposes and principles of the Charter of the United Nations" },
    {
      phrase: "Reaffirming",
      text: "its strong commitment to the sovereignty, independence, unity and territorial integrity of the Republic of Kazakhstan within its internationally recognized borders",
    },
    {
      phrase: "Recalling",
      text: "that under Article 2, paragraph 4, of the Charter all Members are to refrain in their international relations from the threat or use of force against the territorial integrity or political independence of any State",
    },
    {
      phrase: "Recalling also",
      text: "Article 2, paragraph 7, of the Charter and the principle, set out in the Declaration annexed to General Assembly resolution 2625 (XXV), that no State may intervene in matters within the domestic jurisdiction of another State",
    },
    {
      phrase: "Stressing",
      text: "the inherent right of individual or collective self-defence if an armed attack occurs against a Member of the United Nations, until the Security Council has taken measures necessary to maintain international peace and security, as recognized in Article 51 of the Charter",
    },
    {
      phrase: "Recalling further",
      text: "that under Article 53, paragraph 1, of the Charter no enforcement action shall be taken under regional arrangements or by regional agencies without the authorization of the Security Council",
    },
    {
      phrase: "Noting with concern",
      text: "the decision of the Collective Security Council of the Collective Security Treaty Organization of 6 January 2022 to send the Organization's collective peacekeeping forces to Kazakhstan, and their deployment from that day",
    },
    {
      phrase: "Gravely concerned",
      text: "by reports of the loss of life among civilians and law enforcement personnel during the unrest that began on 2 January 2022, and by reports that orders were given to fire on protesters without warning",
    },
  ],
  operative: [
    {
      phrase: "Expresses its deep concern",
      text: "at the deployment of foreign armed forces to Kazakhstan to take part in the suppression of domestic unrest",
      subparagraphs: [],
    },
    {
      phrase: "Reaffirms",
      text: "that regional arrangements and agencies are to act consistently with the purposes and principles of the United Nations, as Article 52, paragraph 1, of the Charter provides, and that they are to keep the Council fully informed of their activities, as Article 54 provides",
      subparagraphs: [],
    },
    {
      phrase: "Demands",
      text: "that all forces deployed under the decision of 6 January 2022 withdraw from the territory of Kazakhstan without delay",
      subparagraphs: [],
    },
    {
      phrase: "Calls upon",
      text: "the authorities of Kazakhstan",
      subparagraphs: [
        { text: "to respect and protect human rights and fundamental freedoms, including the rights of peaceful assembly and of expression", subparagraphs: [] },
        { text: "to refrain from the use of lethal force against peaceful protesters and to release all persons detained arbitrarily", subparagraphs: [] },
        { text: "to conduct prompt, independent and transparent investigations into the deaths that occurred during the unrest", subparagraphs: [] },
      ],
    },
    {
      phrase: "Requests",
      text: "the Secretary-General to report to the Council on the implementation of this resolution within 30 days of its adoption",
      subparagraphs: [],
    },
    { phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
  ],
};

/**
 * 25 February 2022, after the Russian Federation's full-scale invasion of Ukraine: the draft
 * S/2022/155, tabled by Albania and the United States with many co-sponsors and vetoed by the
 * Russian Federation. Same outline, written afresh; the co-sponsors listed are illustrative.
 */
const UKRAINE_2022: PortableDraft = {
  schemaVersion: 1,
  body: "security-council",
  symbol: "S/2022/155",
  date: "2022-02-25",
  agendaItem:
    "Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)",
  sponsors: ["ALB", "USA", "AUS", "CAN", "DEU", "FRA", "GBR", "IRL", "ITA", "JPN", "NOR", "POL", "UKR"],
  preamble: [
    {
      phrase: "Reaffirming",
      text: "its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine within its internationally recognized borders",
    },
    {
      phrase: "Recalling",
      text: "the obligation of all States under Article 2 of the Charter of the United Nations to refrain in their international relations from the threat or use of force against the territorial integrity or political independence of any State, and to settle their international disputes by peaceful means",
    },
    { phrase: "Recalling also", text: "its primary responsibility, under the Charter, for the maintenance of international peace and security" },
    { phrase: "Recalling further", text: "its resolution 2202 (2015)" },
    {
      phrase: "Condemning",
      text: "the announcement by the Russian Federation on 24 February 2022 of a \"special military operation\" in Ukraine",
    },
    {
      phrase: "Deeply concerned",
      text: "by reports of civilian casualties, by the growing number of internally displaced persons and refugees, and by the worsening humanitarian situation",
    },
  ],
  operative: [
    { phrase: "Reaffirms", text: "its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine within its internationally recognized borders", subparagraphs: [] },
    {
      phrase: "Deplores",
      text: "in the strongest terms the aggression of the Russian Federation against Ukraine, in violation of Article 2, paragraph 4, of the Charter",
      subparagraphs: [],
    },
    {
      phrase: "Decides",
      text: "that the Russian Federation shall cease its use of force against Ukraine at once and shall refrain from any further unlawful threat or use of force against any Member State",
      subparagraphs: [],
    },
    {
      phrase: "Decides also",
      text: "that the Russian Federation shall withdraw all its military forces from the territory of Ukraine within its internationally recognized borders, at once, completely and without conditions",
      subparagraphs: [],
    },
    {
      phrase: "Decides further",
      text: "that the Russian Federation shall reverse, at once and without conditions, its decision of 21 February 2022 on the status of certain areas of the Donetsk and Luhansk regions of Ukraine",
      subparagraphs: [],
    },
    {
      phrase: "Calls upon",
      text: "the parties to comply with the Minsk agreements and to work constructively in the relevant international frameworks towards their full implementation",
      subparagraphs: [],
    },
    {
      phrase: "Demands",
      text: "that all parties comply fully with their obligations under international humanitarian law, sparing civilians and civilian objects and protecting humanitarian personnel and persons in vulnerable situations, including children",
      subparagraphs: [],
    },
    {
      phrase: "Demands also",
      text: "that all parties allow and facilitate rapid, safe and unhindered access for humanitarian assistance to those in need in Ukraine",
      subparagraphs: [],
    },
    {
      phrase: "Welcomes",
      text: "the efforts of the Secretary-General, Member States, the Organization for Security and Co-operation in Europe and other international and regional organizations to de-escalate the situation, and encourages them to continue",
      subparagraphs: [],
    },
    { phrase: "Decides", text: "to remain actively seized of the matter", subparagraphs: [] },
  ],
};

type ExampleDefinition = ExampleSummary & { draft: PortableDraft };

function exampleDefinition(id: ExampleId): ExampleDefinition {
  switch (id) {
    case "kazakhstan-2022":
      return {
        id,
        name: "Kazakhstan, January 2022 (hypothetical)",
        description:
          "Expresses its deep concern at the deployment of the Collective Security Treaty Organization's forces in Kazakhstan of 6 January 2022 and restates Charter Arts. 2(4), 2(7), 51, 52–54 in the Charter's words.",
        draft: KAZAKHSTAN_2022,
      };
    case "ukraine-2022":
      return {
        id,
        name: "Ukraine, 25 February 2022 (after S/2022/155)",
        description:
          "Deplores the aggression against Ukraine, decides that the Russian Federation shall cease its use of force and withdraw, and demands humanitarian access; paraphrased from the vetoed draft.",
        draft: UKRAINE_2022,
      };
    default: {
      const unreachable: never = id;
      return unreachable;
    }
  }
}

export function listExamples(): ExampleSummary[] {
  return EXAMPLE_IDS.map((id) => {
    const { name, description } = exampleDefinition(id);
    return { id, name, description };
  });
}

/** A copy of an example draft, safe to change. */
export function getExample(id: ExampleId): PortableDraft {
  return structuredClone(exampleDefinition(id).draft);
}
