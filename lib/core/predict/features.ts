/**
 * The features of one member facing one draft, computed only from evidence of earlier years.
 * Rates are smoothed hierarchically (agenda item → topic → region → the member overall → every
 * member), so an agenda item or topic never seen before backs off to the wider evidence.
 */
import {
  getCounts,
  idealBandOf,
  regionalGroupOf,
  smooth,
  sumCounts,
  total,
  type Counts,
  type Evidence,
} from "./evidence";
import type { Vote } from "./distribution";
import { getIdealPoint, normalizeKey, type RecordedDraft, type SponsorKind } from "./vote-record";
import { PERMANENT_MEMBERS, isPermanentMember } from "../un/council";

/** What the predictor knows of a draft before the vote. */
export type DraftQuery = {
  year: number;
  dayOfYear: number;
  agendaItem: string;
  topic: string;
  region: string;
  sponsors: string[];
  sponsorKind: SponsorKind;
  isAmendment: boolean;
  isProcedural: boolean;
};

export const FEATURE_NAMES = [
  "bias",
  "memberAgendaN",
  "memberAgendaA",
  "memberOverallN",
  "memberOverallA",
  "councilAgendaN",
  "councilAgendaA",
  "groupAgendaN",
  "groupAgendaA",
  "memberAgendaEvidence",
  "memberTopicEvidence",
  "hasRenewal",
  "renewalOwnN",
  "renewalOwnA",
  "renewalShareN",
  "renewalShareA",
  "renewalGroupNotYes",
  "presidentText",
  "hasSponsors",
  "isSponsor",
  "memberOnSponsorsN",
  "memberOnSponsorsA",
  "memberWithSponsorsN",
  "memberWithSponsorsA",
  "councilOnSponsorsN",
  "councilOnSponsorsA",
  "idealDistance",
  "hasIdealDistance",
  "memberIdealPoint",
  "isAmendment",
  "isProcedural",
  "memberContestedN",
  "memberContestedA",
  "renewalAbsent",
  "renewalAllOwnNotYes",
  "sponsorIdealGapAbove",
  "sponsorIdealGapBelow",
  "gapAboveOnDivisive",
  "gapBelowOnDivisive",
  "idealDistanceAmendment",
  "memberAgendaRecentNotYes",
  "campContestedN",
  "campContestedA",
  "campAgendaN",
  "campAgendaA",
  "campEvidence",
  "sponsorOppositeN",
  "sponsorOppositeA",
  "sponsorOppositeEvidence",
  "p5SponsorOppositeN",
  "p5SponsorOppositeA",
  "campNotYesOnDivisive",
  "contestedAgendaN",
  "contestedAgendaA",
  "bandContestedAgendaN",
  "bandContestedAgendaA",
  "bandContestedEvidence",
  "campPosition",
  "sponsorCampGap",
  "sponsorCampGapOnDivisive",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;
const F = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index])) as Record<FeatureName, number>;

/** Smoothing strength, in (decayed) votes. */
const STRENGTH = 3;
const UNIFORM_PRIOR: Counts = [0.9, 0.04, 0.06];
/** Two members on a contested draft: same vote, opposite ways (yes and no), one abstaining. */
const OPPOSITE_PRIOR: Counts = [0.6, 0.15, 0.25];
const LOGIT_LIMIT = 6;
/** Two drafts on one agenda item within three weeks of the same date a year apart: a renewal. */
const RENEWAL_WINDOW_DAYS = 21;
/** "Recent" record on an agenda item: the last three years before the draft's. */
const RECENT_YEARS = 3;

function logits(rates: Counts): [number, number] {
  const clamp = (value: number) => Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, value));
  return [clamp(Math.log(rates[1] / rates[0])), clamp(Math.log(rates[2] / rates[0]))];
}

/** The evidence behind one member's features, kept for the reasons. */
export type MemberEvidence = {
  member: string;
  agendaKey: string;
  topicKey: string;
  agendaVotes: number;
  topicVotes: number;
  renewal?: { draft: RecordedDraft; ownVote?: Vote };
  sponsorsOnCouncilEvidence: number;
  idealDistance?: number;
  /** Weighted votes on earlier contested drafts by these sponsors. */
  campVotes: number;
};

export function findRenewal(evidence: Evidence, query: DraftQuery): RecordedDraft[] {
  const drafts = evidence.byAgenda.get(normalizeKey(query.agendaItem));
  if (!drafts || query.agendaItem.trim() === "") return [];
  // The latest evidence year stands in for "last year" when predicting beyond the record.
  const reference = Math.min(query.year, evidence.nextYear);
  for (let year = reference - 1; year >= reference - 2; year--) {
    const matches = drafts.filter((draft) => {
      if (draft.year !== year) return false;
      const gap = Math.abs(draft.dayOfYear - query.dayOfYear);
      return Math.min(gap, 365 - gap) <= RENEWAL_WINDOW_DAYS;
    });
    if (matches.length > 0) return matches;
  }
  return [];
}

export function computeFeatures(
  evidence: Evidence,
  query: DraftQuery,
  member: string,
  renewals: RecordedDraft[],
): { x: Float64Array; info: MemberEvidence } {
  const x = new Float64Array(FEATURE_COUNT);
  const agendaKey = normalizeKey(query.agendaItem);
  const topicKey = normalizeKey(query.topic);
  const regionKey = normalizeKey(query.region);
  const permanent = isPermanentMember(member);

  const councilAll = smooth(getCounts(evidence, "*|*"), UNIFORM_PRIOR, STRENGTH);
  const councilRegion = smooth(getCounts(evidence, `*|r|${regionKey}`), councilAll, STRENGTH);
  const councilTopic = smooth(getCounts(evidence, `*|t|${topicKey}`), councilRegion, STRENGTH);
  const councilAgenda = smooth(getCounts(evidence, `*|a|${agendaKey}`), councilTopic, STRENGTH);

  const memberAll = smooth(getCounts(evidence, `${member}|*`), councilAll, STRENGTH);
  const memberRegion = smooth(getCounts(evidence, `${member}|r|${regionKey}`), memberAll, STRENGTH);
  const memberTopicCounts = getCounts(evidence, `${member}|t|${topicKey}`);
  const memberTopic = smooth(memberTopicCounts, memberRegion, STRENGTH);
  const memberAgendaCounts = getCounts(evidence, `${member}|a|${agendaKey}`);
  const memberAgenda = smooth(memberAgendaCounts, memberTopic, STRENGTH);

  const group = regionalGroupOf(evidence, member);
  const groupTopic = permanent ? councilTopic : smooth(getCounts(evidence, `g${group}|t|${topicKey}`), councilTopic, STRENGTH);
  const groupAgenda = permanent ? councilAgenda : smooth(getCounts(evidence, `g${group}|a|${agendaKey}`), groupTopic, STRENGTH);

  const councilContested = smooth(getCounts(evidence, "*|c"), councilAll, STRENGTH);
  const memberContested = smooth(getCounts(evidence, `${member}|c`), councilContested, STRENGTH);

  // Its habits on a divided Council on this agenda item (backing off to the topic, then to every
  // divided vote), and those of the elected members in its band of the Assembly (a member new to
  // the Council reads them).
  const contestedTopic = smooth(getCounts(evidence, `${member}|ct|${topicKey}`), memberContested, STRENGTH);
  const contestedAgenda = smooth(getCounts(evidence, `${member}|ca|${agendaKey}`), contestedTopic, STRENGTH);
  [x[F.contestedAgendaN], x[F.contestedAgendaA]] = logits(contestedAgenda);
  if (!permanent) {
    const band = idealBandOf(evidence, member, query.year);
    const bandAll = smooth(getCounts(evidence, `b${band}|c`), councilContested, STRENGTH);
    const bandTopic = smooth(getCounts(evidence, `b${band}|ct|${topicKey}`), bandAll, STRENGTH);
    const bandAgendaCounts = getCounts(evidence, `b${band}|ca|${agendaKey}`);
    [x[F.bandContestedAgendaN], x[F.bandContestedAgendaA]] = logits(smooth(bandAgendaCounts, bandTopic, STRENGTH));
    x[F.bandContestedEvidence] = Math.log1p(total(bandAgendaCounts));
  }
  // Where it stands between the permanent members' poles in the Assembly (0 the Russian
  // Federation's ideal point, 1 the United States'), the year before; and the sponsors' too.
  const position = campPosition(evidence, member, query.year);
  if (position !== undefined) {
    x[F.campPosition] = position;
    const sponsorPositions = query.sponsors
      .filter((sponsor) => sponsor !== member)
      .map((sponsor) => campPosition(evidence, sponsor, query.year))
      .filter((value): value is number => value !== undefined);
    if (sponsorPositions.length > 0) {
      const gap = Math.abs(position - sponsorPositions.reduce((sum, value) => sum + value, 0) / sponsorPositions.length);
      x[F.sponsorCampGap] = gap;
      x[F.sponsorCampGapOnDivisive] = gap * (councilAgenda[1] + councilAgenda[2]);
    }
  }

  x[F.bias] = 1;
  [x[F.memberAgendaN], x[F.memberAgendaA]] = logits(memberAgenda);
  [x[F.memberOverallN], x[F.memberOverallA]] = logits(memberAll);
  [x[F.councilAgendaN], x[F.councilAgendaA]] = logits(councilAgenda);
  [x[F.groupAgendaN], x[F.groupAgendaA]] = logits(groupAgenda);
  x[F.memberAgendaEvidence] = Math.log1p(total(memberAgendaCounts));
  x[F.memberTopicEvidence] = Math.log1p(total(memberTopicCounts));
  [x[F.memberContestedN], x[F.memberContestedA]] = logits(memberContested);

  const info: MemberEvidence = {
    member,
    agendaKey,
    topicKey,
    agendaVotes: total(memberAgendaCounts),
    topicVotes: total(memberTopicCounts),
    sponsorsOnCouncilEvidence: 0,
    campVotes: 0,
  };

  if (renewals.length > 0) {
    x[F.hasRenewal] = 1;
    let votes = 0;
    let no = 0;
    let abstain = 0;
    let groupVotes = 0;
    let groupNotYes = 0;
    for (const draft of renewals) {
      for (const entry of draft.votes) {
        if (entry.vote === "P") continue;
        votes++;
        if (entry.vote === "N") no++;
        if (entry.vote === "A") abstain++;
        if (entry.iso3 === member) {
          if (entry.vote === "N") x[F.renewalOwnN] = 1;
          if (entry.vote === "A") x[F.renewalOwnA] = 1;
          info.renewal = { draft, ownVote: entry.vote };
        }
        if (!permanent && !isPermanentMember(entry.iso3) && regionalGroupOf(evidence, entry.iso3) === group) {
          groupVotes++;
          if (entry.vote !== "Y") groupNotYes++;
        }
      }
    }
    info.renewal ??= { draft: renewals[renewals.length - 1] };
    const own = renewals.flatMap((draft) => draft.votes.filter((entry) => entry.iso3 === member && entry.vote !== "P"));
    if (own.length === 0) x[F.renewalAbsent] = 1;
    // Every matched renewal without a yes from the member: a settled position on the mandate.
    else if (own.every((entry) => entry.vote !== "Y")) x[F.renewalAllOwnNotYes] = 1;
    x[F.renewalShareN] = votes ? no / votes : 0;
    x[F.renewalShareA] = votes ? abstain / votes : 0;
    x[F.renewalGroupNotYes] = groupVotes ? groupNotYes / groupVotes : 0;
  }

  x[F.presidentText] = query.sponsorKind === "president" ? 1 : 0;
  const sponsors = query.sponsors.filter((sponsor) => sponsor !== member);
  x[F.isSponsor] = query.sponsors.includes(member) ? 1 : 0;
  if (sponsors.length > 0) {
    x[F.hasSponsors] = 1;
    // Relative to the member's usual behaviour, so that 0 means "nothing to learn from the sponsors".
    const onSponsors = smooth(sumCounts(sponsors.map((sponsor) => getCounts(evidence, `${member}|s|${sponsor}`))), memberAll, STRENGTH);
    const [onN, onA] = logits(onSponsors);
    const [allN, allA] = logits(memberAll);
    x[F.memberOnSponsorsN] = onN - allN;
    x[F.memberOnSponsorsA] = onA - allA;
    const withCounts = sumCounts(sponsors.map((sponsor) => getCounts(evidence, `${member}|w|${sponsor}`)));
    info.sponsorsOnCouncilEvidence = total(withCounts);
    const withSponsors = smooth(withCounts, memberContested, STRENGTH);
    const [withN, withA] = logits(withSponsors);
    const [contestedN, contestedA] = logits(memberContested);
    x[F.memberWithSponsorsN] = withN - contestedN;
    x[F.memberWithSponsorsA] = withA - contestedA;
    const councilOnSponsors = smooth(sumCounts(sponsors.map((sponsor) => getCounts(evidence, `*|s|${sponsor}`))), councilAll, STRENGTH);
    const [councilN, councilA] = logits(councilOnSponsors);
    const [baseN, baseA] = logits(councilAll);
    x[F.councilOnSponsorsN] = councilN - baseN;
    x[F.councilOnSponsorsA] = councilA - baseA;
    // Sponsor camps: the member's votes on earlier contested drafts by these sponsors, overall and
    // on this agenda item, relative to its votes on every contested draft.
    const campCounts = sumCounts(sponsors.map((sponsor) => getCounts(evidence, `${member}|cs|${sponsor}`)));
    info.campVotes = total(campCounts);
    const camp = smooth(campCounts, memberContested, STRENGTH);
    const [campN, campA] = logits(camp);
    const [contestedBaseN, contestedBaseA] = logits(memberContested);
    x[F.campContestedN] = campN - contestedBaseN;
    x[F.campContestedA] = campA - contestedBaseA;
    const campAgenda = smooth(sumCounts(sponsors.map((sponsor) => getCounts(evidence, `${member}|csa|${sponsor}|${agendaKey}`))), camp, STRENGTH);
    const [campAgendaN, campAgendaA] = logits(campAgenda);
    x[F.campAgendaN] = campAgendaN - contestedBaseN;
    x[F.campAgendaA] = campAgendaA - contestedBaseA;
    x[F.campEvidence] = Math.log1p(info.campVotes);
    x[F.campNotYesOnDivisive] = (campAgenda[1] + campAgenda[2]) * (councilAgenda[1] + councilAgenda[2]);
    // Whether the member voted the opposite way from the sponsors when both sat on the Council.
    const oppositeCounts = sumCounts(sponsors.map((sponsor) => getCounts(evidence, `${member}|o|${sponsor}`)));
    const opposite = smooth(oppositeCounts, OPPOSITE_PRIOR, STRENGTH);
    [x[F.sponsorOppositeN], x[F.sponsorOppositeA]] = logits(opposite);
    x[F.sponsorOppositeEvidence] = Math.log1p(total(oppositeCounts));
    // P5 rivalry: the member against a permanent member sponsoring the draft.
    const permanentSponsors = sponsors.filter((sponsor) => isPermanentMember(sponsor));
    if (permanentSponsors.length > 0) {
      const rivalry = smooth(sumCounts(permanentSponsors.map((sponsor) => getCounts(evidence, `${member}|o|${sponsor}`))), OPPOSITE_PRIOR, STRENGTH);
      [x[F.p5SponsorOppositeN], x[F.p5SponsorOppositeA]] = logits(rivalry);
      x[F.p5SponsorOppositeN] -= logits(OPPOSITE_PRIOR)[0];
      x[F.p5SponsorOppositeA] -= logits(OPPOSITE_PRIOR)[1];
    }
    x[F.sponsorOppositeN] -= logits(OPPOSITE_PRIOR)[0];
    x[F.sponsorOppositeA] -= logits(OPPOSITE_PRIOR)[1];
    // GA ideal points of the year before: General Assembly voting, never the Council's.
    const memberPoint = getIdealPoint(evidence.record, member, query.year - 1);
    const sponsorPoints = sponsors
      .map((sponsor) => getIdealPoint(evidence.record, sponsor, query.year - 1))
      .filter((value): value is number => value !== undefined);
    if (memberPoint !== undefined && sponsorPoints.length > 0) {
      const mean = sponsorPoints.reduce((sum, value) => sum + value, 0) / sponsorPoints.length;
      info.idealDistance = Math.abs(memberPoint - mean);
      x[F.idealDistance] = info.idealDistance;
      x[F.hasIdealDistance] = 1;
      // Signed, in two parts: a member voting with the Western camp in the Assembly facing sponsors
      // who do not (above), and the reverse (below), behave differently; both bite on divisive items.
      const gap = memberPoint - mean;
      x[F.sponsorIdealGapAbove] = Math.max(0, gap);
      x[F.sponsorIdealGapBelow] = Math.max(0, -gap);
      const divisive = councilAgenda[1] + councilAgenda[2];
      x[F.gapAboveOnDivisive] = Math.max(0, gap) * divisive;
      x[F.gapBelowOnDivisive] = Math.max(0, -gap) * divisive;
      x[F.idealDistanceAmendment] = query.isAmendment ? info.idealDistance : 0;
    }
  }
  x[F.memberIdealPoint] = getIdealPoint(evidence.record, member, query.year - 1) ?? 0;
  x[F.isAmendment] = query.isAmendment ? 1 : 0;
  x[F.isProcedural] = query.isProcedural ? 1 : 0;
  x[F.memberAgendaRecentNotYes] = recentNotYesShare(evidence, query, member);
  return { x, info };
}

/** A state's GA ideal point of the year before, on the scale from the Russian Federation's (0) to the United States' (1). */
function campPosition(evidence: Evidence, iso3: string, year: number): number | undefined {
  const point = getIdealPoint(evidence.record, iso3, year - 1);
  const east = getIdealPoint(evidence.record, "RUS", year - 1);
  const west = getIdealPoint(evidence.record, "USA", year - 1);
  if (point === undefined || east === undefined || west === undefined || west - east < 0.5) return undefined;
  return Math.max(-0.5, Math.min(1.5, (point - east) / (west - east)));
}

/** The member's share of votes other than yes on the agenda item in the last few years (0 without any). */
function recentNotYesShare(evidence: Evidence, query: DraftQuery, member: string): number {
  const drafts = evidence.byAgenda.get(normalizeKey(query.agendaItem));
  if (!drafts || query.agendaItem.trim() === "") return 0;
  const reference = Math.min(query.year, evidence.nextYear);
  let votes = 0;
  let notYes = 0;
  // Drafts join the evidence in date order: walk back from the latest.
  for (let index = drafts.length - 1; index >= 0 && drafts[index].year >= reference - RECENT_YEARS; index--) {
    const draft = drafts[index];
    for (const entry of draft.votes) {
      if (entry.iso3 !== member || entry.vote === "P") continue;
      votes++;
      if (entry.vote !== "Y") notYes++;
    }
  }
  return votes === 0 ? 0 : notYes / votes;
}

export function queryFromRecordedDraft(draft: RecordedDraft): DraftQuery {
  return {
    year: draft.year,
    dayOfYear: draft.dayOfYear,
    agendaItem: draft.agendaItem,
    topic: draft.topic,
    region: draft.region,
    sponsors: draft.sponsors,
    sponsorKind: draft.sponsorKind,
    isAmendment: draft.isAmendment,
    isProcedural: draft.isProcedural,
  };
}

/**
 * Draft-level features for the chance that the Council divides at all (any N or A). Most drafts
 * are adopted unanimously; when the Council divides, members divide together, which independent
 * member votes cannot express, so the model first asks whether the draft divides the Council.
 */
export const DRAFT_FEATURE_NAMES = [
  "bias",
  "agendaDivided",
  "agendaNotAdopted",
  "topicDivided",
  "agendaEvidence",
  "hasRenewal",
  "renewalDivided",
  "renewalNotAdopted",
  "presidentText",
  "hasSponsors",
  "sponsorsDivided",
  "sponsorsNotAdopted",
  "sponsorCount",
  "sponsorIdealPoint",
  "sponsorIdealSpread",
  "isAmendment",
  "isProcedural",
  "sponsorAgendaDivided",
  "sponsorAgendaNotAdopted",
  "sponsorAgendaEvidence",
  "p5SponsorRivalry",
] as const;
export const DRAFT_FEATURE_COUNT = DRAFT_FEATURE_NAMES.length;
const D = Object.fromEntries(DRAFT_FEATURE_NAMES.map((name, index) => [name, index])) as Record<(typeof DRAFT_FEATURE_NAMES)[number], number>;
const DRAFT_PRIOR: Counts = [0.85, 0.1, 0.05];

export function computeDraftFeatures(evidence: Evidence, query: DraftQuery, renewals: RecordedDraft[]): Float64Array {
  const x = new Float64Array(DRAFT_FEATURE_COUNT);
  const all = smooth(getCounts(evidence, "D|*"), DRAFT_PRIOR, STRENGTH);
  const region = smooth(getCounts(evidence, `D|r|${normalizeKey(query.region)}`), all, STRENGTH);
  const topic = smooth(getCounts(evidence, `D|t|${normalizeKey(query.topic)}`), region, STRENGTH);
  const agendaCounts = getCounts(evidence, `D|a|${normalizeKey(query.agendaItem)}`);
  const agenda = smooth(agendaCounts, topic, STRENGTH);
  const logit = (p: number) => Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, Math.log(p / (1 - p))));
  x[D.bias] = 1;
  x[D.agendaDivided] = logit(agenda[1] + agenda[2]);
  x[D.agendaNotAdopted] = logit(agenda[2]);
  x[D.topicDivided] = logit(topic[1] + topic[2]);
  x[D.agendaEvidence] = Math.log1p(total(agendaCounts));
  if (renewals.length > 0) {
    x[D.hasRenewal] = 1;
    x[D.renewalDivided] = renewals.filter((draft) => draft.outcome !== "U").length / renewals.length;
    x[D.renewalNotAdopted] = renewals.filter((draft) => draft.outcome === "V" || draft.outcome === "F").length / renewals.length;
  }
  x[D.presidentText] = query.sponsorKind === "president" ? 1 : 0;
  if (query.sponsors.length > 0) {
    x[D.hasSponsors] = 1;
    const sponsors = smooth(sumCounts(query.sponsors.map((sponsor) => getCounts(evidence, `D|s|${sponsor}`))), all, STRENGTH);
    x[D.sponsorsDivided] = logit(sponsors[1] + sponsors[2]) - logit(all[1] + all[2]);
    x[D.sponsorsNotAdopted] = logit(sponsors[2]) - logit(all[2]);
    x[D.sponsorCount] = Math.log(query.sponsors.length);
    // The sponsors' drafts on this agenda item: contested before, or not adopted.
    const sponsorAgendaCounts = sumCounts(query.sponsors.map((sponsor) => getCounts(evidence, `D|sa|${sponsor}|${normalizeKey(query.agendaItem)}`)));
    const sponsorAgenda = smooth(sponsorAgendaCounts, agenda, STRENGTH);
    x[D.sponsorAgendaDivided] = logit(sponsorAgenda[1] + sponsorAgenda[2]) - logit(agenda[1] + agenda[2]);
    x[D.sponsorAgendaNotAdopted] = logit(sponsorAgenda[2]) - logit(agenda[2]);
    x[D.sponsorAgendaEvidence] = Math.log1p(total(sponsorAgendaCounts));
    // A permanent member's draft, and how often another permanent member voted the opposite way
    // from it (yes against no) on contested drafts: the camps of the Council.
    let rivalry = 0;
    for (const sponsor of query.sponsors.filter((code) => isPermanentMember(code))) {
      for (const rival of PERMANENT_MEMBERS) {
        if (rival === sponsor) continue;
        const opposite = smooth(getCounts(evidence, `${rival}|o|${sponsor}`), OPPOSITE_PRIOR, STRENGTH);
        rivalry = Math.max(rivalry, opposite[1]);
      }
    }
    x[D.p5SponsorRivalry] = rivalry;
    const points = query.sponsors
      .map((sponsor) => getIdealPoint(evidence.record, sponsor, query.year - 1))
      .filter((value): value is number => value !== undefined);
    if (points.length > 0) {
      x[D.sponsorIdealPoint] = points.reduce((sum, value) => sum + value, 0) / points.length;
      x[D.sponsorIdealSpread] = Math.max(...points) - Math.min(...points);
    }
  }
  x[D.isAmendment] = query.isAmendment ? 1 : 0;
  x[D.isProcedural] = query.isProcedural ? 1 : 0;
  return x;
}
