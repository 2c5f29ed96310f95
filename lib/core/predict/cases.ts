/**
 * Case-based odds of a member's vote on a Council that divides: its votes on the most similar
 * earlier divided drafts (same agenda item, topic and sponsor camp, recent ones first). A member
 * absent from such a draft is read through its proxies there: the elected members whose General
 * Assembly voting was closest to its own (and its regional group's), since elected members rotate
 * and most have few divided votes of their own. Only drafts already in the evidence are read, so
 * the rule of the evidence (rolling or prior-years) holds here too.
 */
import { regionalGroupOf, type Evidence } from "./evidence";
import type { DraftQuery } from "./features";
import { argmaxVote, VOTES, type Vote, type VoteDistribution } from "./distribution";
import { getIdealPoint, normalizeKey, type RecordedDraft } from "./vote-record";
import { isPermanentMember } from "../un/council";

/**
 * Fixed a priori (checked on 2012–2018, never on a tested year; the accuracy is flat around them):
 * a case loses 30 % of its weight per year of age and older than twelve years counts for nothing;
 * a proxy's vote counts 0.3 of the member's own.
 */
export const CASE_OPTIONS = {
  yearDecay: 0.7,
  maxAgeYears: 12,
  proxyWeight: 0.3,
  sameAgendaWeight: 1,
  sameTopicWeight: 0.3,
  sharedSponsorWeight: 2,
  /** Distance between the sponsors' mean GA ideal points over which a case's weight falls by e. */
  sponsorPointScale: 0.5,
  /** Distance between two members' GA ideal points over which a proxy's weight falls by e. */
  proxyPointScale: 0.3,
  sameGroupProxyBonus: 0.3,
  /** Pseudo-votes: a divided Council's usual spread (most members still vote yes). */
  prior: { Y: 0.3, N: 0.05, A: 0.15 },
} as const;

/** The case that weighs most for a member, kept for its reasons. */
export type CaseEvidence = {
  draft: RecordedDraft;
  /** The member's own vote there, or, absent, the likeliest vote of its proxies. */
  vote: Vote;
  own: boolean;
  sameAgenda: boolean;
  sharedSponsors: string[];
};

function meanIdealPoint(evidence: Evidence, codes: string[], year: number): number | undefined {
  const points = codes.map((code) => getIdealPoint(evidence.record, code, year - 1)).filter((value): value is number => value !== undefined);
  return points.length === 0 ? undefined : points.reduce((sum, value) => sum + value, 0) / points.length;
}


/** A draft's similarity to the query, before the member is considered. */
function caseWeight(
  query: DraftQuery,
  sameAgendaDrafts: ReadonlySet<RecordedDraft>,
  sponsorPoint: number | undefined,
  evidence: Evidence,
  draft: RecordedDraft,
): { weight: number; sameAgenda: boolean; shared: string[] } {
  const sameAgenda = sameAgendaDrafts.has(draft);
  let weight =
    CASE_OPTIONS.yearDecay ** (query.year - draft.year) *
    (0.1 + (sameAgenda ? CASE_OPTIONS.sameAgendaWeight : 0) + (query.topic !== "" && draft.topic === query.topic ? CASE_OPTIONS.sameTopicWeight : 0));
  const shared = draft.sponsors.filter((sponsor) => query.sponsors.includes(sponsor));
  if (query.sponsors.length > 0 && draft.sponsors.length > 0) {
    const union = new Set([...draft.sponsors, ...query.sponsors]).size;
    const casePoint = meanIdealPoint(evidence, draft.sponsors, draft.year);
    // Sponsors of one camp: the same states, or states voting alike in the Assembly.
    const closeness = sponsorPoint !== undefined && casePoint !== undefined ? Math.exp(-Math.abs(sponsorPoint - casePoint) / CASE_OPTIONS.sponsorPointScale) : 0.3;
    weight *= 0.1 + (CASE_OPTIONS.sharedSponsorWeight * shared.length) / union + closeness;
  } else weight *= 0.3;
  return { weight, sameAgenda, shared };
}

/** One earlier divided draft as a case of the query: its weight and its voters' GA ideal points. */
export type CaseEntry = {
  draft: RecordedDraft;
  weight: number;
  sameAgenda: boolean;
  shared: string[];
  /** Each voter's ideal point of the year before the case (undefined: none). */
  points: (number | undefined)[];
  groups: string[];
  /** Whether each voter is a permanent member, and the proxies' weights are to be read. */
  permanent: boolean[];
};

/**
 * The cases of a query, newest first, none older than `maxAgeYears`. The weight of a case does not
 * depend on the member: weigh them once per query and pass them to `computeCaseVote` for each member.
 */
export function weighCases(evidence: Evidence, query: DraftQuery): CaseEntry[] {
  const agendaKey = normalizeKey(query.agendaItem);
  // The evidence's drafts on the query's agenda item (by `normalizeKey`), the divided ones among them.
  const sameAgendaDrafts = new Set(agendaKey === "" ? [] : (evidence.byAgenda.get(agendaKey) ?? []));
  const sponsorPoint = meanIdealPoint(evidence, query.sponsors, query.year);
  const entries: CaseEntry[] = [];
  for (let index = evidence.contested.length - 1; index >= 0; index--) {
    const draft = evidence.contested[index];
    if (draft.year < query.year - CASE_OPTIONS.maxAgeYears) break;
    const { weight, sameAgenda, shared } = caseWeight(query, sameAgendaDrafts, sponsorPoint, evidence, draft);
    entries.push({
      draft,
      weight,
      sameAgenda,
      shared,
      points: draft.votes.map((entry) => getIdealPoint(evidence.record, entry.iso3, draft.year - 1)),
      groups: draft.votes.map((entry) => regionalGroupOf(evidence, entry.iso3)),
      permanent: draft.votes.map((entry) => isPermanentMember(entry.iso3)),
    });
  }
  return entries;
}

/**
 * One member's odds on a divided Council from the earlier divided drafts in `evidence` (`cases`:
 * `weighCases` of the same evidence and query), and the case that weighs most (for the reasons).
 * Sponsors are left to the sponsor rule.
 */
export function computeCaseVote(
  evidence: Evidence,
  query: DraftQuery,
  member: string,
  cases: readonly CaseEntry[],
): { distribution: VoteDistribution; best?: CaseEvidence } {
  const counts: VoteDistribution = { ...CASE_OPTIONS.prior };
  const memberPoint = getIdealPoint(evidence.record, member, query.year - 1);
  const group = regionalGroupOf(evidence, member);
  const permanent = isPermanentMember(member);
  let best: (CaseEvidence & { weight: number }) | undefined;
  for (const { draft, weight, sameAgenda, shared, points, groups, permanent: permanentVoters } of cases) {
    let own: RecordedDraft["votes"][number] | undefined;
    for (const entry of draft.votes) {
      if (entry.iso3 === member) {
        own = entry;
        break;
      }
    }
    if (own) {
      if (own.vote === "P") continue;
      counts[own.vote] += weight;
      if (!best || weight > best.weight) best = { draft, vote: own.vote, own: true, sameAgenda, sharedSponsors: shared, weight };
      continue;
    }
    if (permanent || memberPoint === undefined) continue;
    const proxies: VoteDistribution = { Y: 0, N: 0, A: 0 };
    let proxyTotal = 0;
    for (let position = 0; position < draft.votes.length; position++) {
      const entry = draft.votes[position];
      const point = points[position];
      if (permanentVoters[position] || entry.vote === "P" || point === undefined) continue;
      const proxyWeight = Math.exp(-Math.abs(point - memberPoint) / CASE_OPTIONS.proxyPointScale) + (groups[position] === group ? CASE_OPTIONS.sameGroupProxyBonus : 0);
      proxies[entry.vote] += proxyWeight;
      proxyTotal += proxyWeight;
    }
    if (proxyTotal === 0) continue;
    for (const vote of VOTES) counts[vote] += (CASE_OPTIONS.proxyWeight * weight * proxies[vote]) / proxyTotal;
    const effective = CASE_OPTIONS.proxyWeight * weight;
    if (!best || effective > best.weight) best = { draft, vote: argmaxVote(proxies), own: false, sameAgenda, sharedSponsors: shared, weight: effective };
  }
  const sum = counts.Y + counts.N + counts.A;
  const distribution = { Y: counts.Y / sum, N: counts.N / sum, A: counts.A / sum };
  if (!best) return { distribution };
  return { distribution, best: { draft: best.draft, vote: best.vote, own: best.own, sameAgenda: best.sameAgenda, sharedSponsors: best.sharedSponsors } };
}
