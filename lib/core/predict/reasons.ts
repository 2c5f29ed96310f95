/**
 * Reasons in plain words, each read from the record (unweighted counts a reader can check),
 * never invented: past votes on the agenda item or topic, last year's vote on the same mandate,
 * votes on the sponsors' drafts and beside the sponsors, the member's Assembly alignment.
 */
import { getShortName } from "../un/states";
import { joinWithAnd } from "../un/list-format";
import type { CaseEvidence } from "./cases";
import type { Vote } from "./distribution";
import type { DraftContent } from "./content";
import { idealBandOf, type Evidence, type RawCounts } from "./evidence";
import type { DraftQuery, MemberEvidence } from "./features";
import { normalizeKey } from "./vote-record";

const MAX_REASONS = 4;
/** Fewer recorded votes than this: a member new to the Council. */
const LITTLE_HISTORY = 10;

function raw(evidence: Evidence, key: string): RawCounts | undefined {
  return evidence.raw.get(key);
}

function countOf(counts: RawCounts): number {
  return counts.y + counts.n + counts.a;
}

function drafts(count: number): string {
  return count === 1 ? "draft" : "drafts";
}

const contestedDrafts = (count: number) => `contested ${drafts(count)}`;
const votes = (count: number) => (count === 1 ? "vote" : "votes");

/**
 * "voted against 9 of the 11 drafts on Ukraine since 2014", or "voted yes on all 12 …"; `noun`
 * names what was counted ("drafts" by default, "votes" for a group's votes), `subject` may be empty.
 */
function describeRecord(counts: RawCounts, subject: string, noun: (count: number) => string = drafts): string {
  const total = countOf(counts);
  const since = counts.firstYear === counts.lastYear ? `in ${counts.firstYear}` : `since ${counts.firstYear}`;
  const tail = (count: number, when: string) => [noun(count), subject, when].filter(Boolean).join(" ");
  if (counts.n === 0 && counts.a === 0) {
    if (total === 1) return `voted yes on the one ${tail(1, `(${counts.firstYear})`)}`;
    return total === 2 ? `voted yes on both ${tail(2, since)}` : `voted yes on all ${total} ${tail(total, since)}`;
  }
  const parts: string[] = [];
  if (counts.n > 0) parts.push(`voted against ${counts.n}`);
  if (counts.a > 0) parts.push(`abstained on ${counts.a}`);
  return `${joinWithAnd(parts)} of the ${total} ${tail(total, since)}`;
}

function voteWords(vote: Vote | "P"): string {
  switch (vote) {
    case "Y":
      return "voted yes";
    case "N":
      return "voted against";
    case "A":
      return "abstained";
    case "P":
      return "did not vote";
    default: {
      const unreachable: never = vote;
      return String(unreachable);
    }
  }
}

/** "on S/2023/970 of 2023-12-08, the divided draft most like this one (same agenda item, also sponsored by …), it voted yes". */
function describeCase(closest: CaseEvidence, query: DraftQuery): string {
  const { draft } = closest;
  const label = draft.symbol ? `${draft.symbol} of ${draft.date}` : `the draft of ${draft.date}`;
  const likeness = [closest.sameAgenda && "same agenda item", closest.sharedSponsors.length > 0 && `also sponsored by ${closest.sharedSponsors.map(getShortName).join(", ")}`].filter(Boolean).join(", ");
  // A hypothetical draft may be dated before cases of the record; say "earlier" only when it is.
  const isEarlier = draft.year < query.year || (draft.year === query.year && draft.dayOfYear < query.dayOfYear);
  const which = `${label}, the ${isEarlier ? "earlier divided draft" : "divided draft of the record"} most like this one${likeness ? ` (${likeness})` : ""}`;
  if (closest.own) return closest.vote === "N" ? `voted against ${which}` : `${voteWords(closest.vote)} on ${which}`;
  return `not on the Council for ${which}; the elected members then closest to it in General Assembly voting mostly ${voteWords(closest.vote)}`;
}

export type ExplainInput = {
  evidence: Evidence;
  query: DraftQuery;
  info: MemberEvidence;
  /** The earlier divided draft most like this one, when the model reads such cases. */
  closestCase?: CaseEvidence;
  content: DraftContent;
  named: boolean;
  coercive: boolean;
  permanent: boolean;
  /** The member's likeliest vote if the Council divides. */
  likely: Vote;
};

export function explainMember(input: ExplainInput): string[] {
  const { evidence, query, info, content, named, coercive, permanent } = input;
  const member = info.member;
  const reasons: string[] = [];

  const through = content.namedThrough?.[member];
  if (named && through) {
    reasons.push(
      `the draft blames ${through}, of which it is a member${permanent ? ": a permanent member so named has vetoed such drafts" : ""}`,
    );
  } else if (named) {
    reasons.push(permanent ? "the draft names it in paragraphs that condemn it or make demands of it: a permanent member so named has vetoed such drafts" : "the draft names it in paragraphs that condemn it or make demands of it");
  }
  if (query.sponsors.includes(member)) reasons.push("it sponsors the draft");

  // Its record on the agenda item, else the topic, else the region.
  const agenda = raw(evidence, `${member}|a|${normalizeKey(query.agendaItem)}`);
  const topic = raw(evidence, `${member}|t|${normalizeKey(query.topic)}`);
  const region = raw(evidence, `${member}|r|${normalizeKey(query.region)}`);
  if (agenda && countOf(agenda) >= 3 && query.agendaItem) reasons.push(describeRecord(agenda, `on "${query.agendaItem}"`));
  else if (topic && countOf(topic) >= 3 && query.topic) reasons.push(describeRecord(topic, `on ${query.topic}`));
  else if (region && countOf(region) >= 3 && query.region) reasons.push(describeRecord(region, `on ${query.region}`));

  // Its habits when the Council divided on the agenda item: its own, or, for a member new to it,
  // those of the elected members voting as it does in the General Assembly.
  if (query.agendaItem) {
    const agendaKey = normalizeKey(query.agendaItem);
    const own = raw(evidence, `${member}|ca|${agendaKey}`);
    const band = permanent ? undefined : raw(evidence, `b${idealBandOf(evidence, member, query.year)}|ca|${agendaKey}`);
    if (own && countOf(own) >= 2 && own.y < countOf(own)) reasons.push(`when the Council divided on this agenda item, it ${describeRecord(own, "")}`);
    else if (!own && band && countOf(band) >= 3 && band.y < countOf(band)) {
      reasons.push(`when the Council divided on this agenda item, the elected members voting as it does in the General Assembly ${describeRecord(band, "", votes)}`);
    }
  }

  if (info.renewal) {
    const { draft, ownVote } = info.renewal;
    const label = draft.symbol ? `${draft.symbol} of ${draft.date}` : `the draft of ${draft.date}`;
    if (ownVote) reasons.push(`${voteWords(ownVote)} on ${label}, on the same agenda item about a year earlier (likely the same mandate)`);
    else if (draft.outcome !== "U") {
      const no = draft.votes.filter((entry) => entry.vote === "N").length;
      const abstain = draft.votes.filter((entry) => entry.vote === "A").length;
      reasons.push(`${label}, on the same agenda item about a year earlier, divided the Council (${no} against, ${abstain} abstaining)`);
    }
  }

  if (input.closestCase && !query.sponsors.includes(member)) reasons.push(describeCase(input.closestCase, query));

  for (const sponsor of query.sponsors.filter((code) => code !== member).slice(0, 3)) {
    const name = getShortName(sponsor);
    const onTopic = raw(evidence, `${member}|st|${sponsor}|${normalizeKey(query.topic)}`);
    const onAll = raw(evidence, `${member}|s|${sponsor}`);
    // Sponsor camps: its votes on the sponsor's earlier drafts that divided the Council.
    const campAgenda = raw(evidence, `${member}|csa|${sponsor}|${normalizeKey(query.agendaItem)}`);
    const camp = raw(evidence, `${member}|cs|${sponsor}`);
    if (campAgenda && countOf(campAgenda) >= 2 && query.agendaItem) reasons.push(describeRecord(campAgenda, `sponsored by ${name} on this agenda item`, contestedDrafts));
    else if (camp && countOf(camp) >= 2) reasons.push(describeRecord(camp, `sponsored by ${name}`, contestedDrafts));
    else if (onTopic && countOf(onTopic) >= 2 && query.topic) reasons.push(describeRecord(onTopic, `sponsored by ${name} on this topic`));
    else if (onAll && countOf(onAll) >= 2) reasons.push(describeRecord(onAll, `sponsored by ${name}`));
    const opposite = raw(evidence, `${member}|o|${sponsor}`);
    const beside = raw(evidence, `${member}|w|${sponsor}`);
    if (beside && countOf(beside) >= 5) {
      const against = beside.n + beside.a;
      const share = against / countOf(beside);
      const rivalry = permanent && ["CHN", "FRA", "GBR", "RUS", "USA"].includes(sponsor) ? "P5 rivalry: " : "";
      if (share >= 0.5) reasons.push(`${rivalry}sponsored by ${name}, which it opposed on most divided votes: it did not join ${name}'s yes on ${against} of ${countOf(beside)} since ${beside.firstYear}`);
      else if (share <= 0.1) reasons.push(`it voted with ${name} on ${countOf(beside) - against} of ${countOf(beside)} divided votes that ${name} supported since ${beside.firstYear}`);
    } else if (opposite && countOf(opposite) >= 5 && opposite.n / countOf(opposite) >= 0.25) {
      // The sponsor's own votes while it sat on the Council: one yes and the other no.
      reasons.push(`it voted the opposite way from ${name} (one yes, the other no) on ${opposite.n} of the ${countOf(opposite)} divided votes both cast since ${opposite.firstYear}`);
    }
  }

  const overall = raw(evidence, `${member}|*`);
  const history = overall ? countOf(overall) : 0;
  if (history < LITTLE_HISTORY) {
    const record = history === 0 ? "no Council voting record in 1994–2023" : `a short Council record (${history} votes since ${overall!.firstYear})`;
    if (info.idealDistance !== undefined) {
      const closeness = info.idealDistance < 0.8 ? "close to" : info.idealDistance > 1.6 ? "far from" : "some way from";
      reasons.push(`${record}; its General Assembly voting puts it ${closeness} the sponsors (ideal-point distance ${info.idealDistance.toFixed(1)})`);
    } else reasons.push(`${record}; the prediction leans on its regional group and the Council's record on the subject`);
  } else if (info.idealDistance !== undefined && info.idealDistance > 1.6) {
    reasons.push(`its General Assembly voting is far from the sponsors' (ideal-point distance ${info.idealDistance.toFixed(1)})`);
  }

  if (coercive && (input.likely !== "Y" || !permanent)) {
    const measures = [content.chapterVII && "acts under Chapter VII", content.sanctions && "imposes or renews sanctions", content.force && "authorizes all necessary means"].filter(Boolean).join(", ");
    const contested = raw(evidence, `${member}|c`);
    if (contested && countOf(contested) > 0) reasons.push(`the draft ${measures}; it did not vote yes on ${contested.n + contested.a} of the ${countOf(contested)} divided votes it cast since ${contested.firstYear}`);
    else reasons.push(`the draft ${measures}`);
  }
  if (content.humanitarian || content.ceasefire) reasons.push("the draft's humanitarian or ceasefire content is hard to vote against");
  if (query.isAmendment) reasons.push("an amendment: amendments divide the Council more often than full drafts");
  const contested = raw(evidence, `${member}|c`);
  if (reasons.length === 0 && contested && countOf(contested) >= 3) {
    reasons.push(`no record on this subject; on the Council's divided votes it ${describeRecord(contested, "it cast")}`);
  }
  if (reasons.length === 0) reasons.push("no specific record on this subject: the prediction follows its overall record and the Council's usual unanimity");
  return reasons.slice(0, MAX_REASONS);
}
