import { withIds, type Draft, type PortableDraft, type Subparagraph } from "./schema";

/**
 * Starting points for common Council drafts, written for this workbench in UN style (they
 * paraphrase the usual formulations; none reproduces an adopted text). Names, dates and numbers
 * are left as square-bracketed placeholders, "[State]", "[date]", which the editor highlights
 * and the checks report until they are filled in.
 */

export const TEMPLATE_IDS = ["condemn-intervention", "charter-principles", "uniting-for-peace", "ceasefire-humanitarian"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export type TemplateSummary = { id: TemplateId; name: string; description: string };

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

type TemplateDefinition = TemplateSummary & { draft: PortableDraft };

const op = (phrase: string, text: string, subparagraphs: Subparagraph[] = []) => ({ phrase, text, subparagraphs });
const pre = (phrase: string, text: string) => ({ phrase, text });
const sub = (text: string): Subparagraph => ({ text, subparagraphs: [] });

const REMAIN_SEIZED = op("Decides", "to remain seized of the matter");

function templateDefinition(id: TemplateId): TemplateDefinition {
  switch (id) {
    case "condemn-intervention":
      return {
        id,
        name: "Condemning a military intervention",
        description:
          "Condemns the entry of a State's armed forces into another State, demands that they withdraw, reaffirms the " +
          "victim's sovereignty and territorial integrity, asks for humanitarian access and a report of the Secretary-General.",
        draft: councilDraft({
          preamble: [
            pre(
              "Reaffirming",
              "its strong commitment to the sovereignty, independence, unity and territorial integrity of [State] within its internationally recognized borders",
            ),
            pre(
              "Recalling",
              "the obligation of every Member State under Article 2, paragraph 4, of the Charter of the United Nations to refrain in its international relations from the threat or use of force against the territorial integrity or political independence of any State",
            ),
            pre(
              "Gravely concerned",
              "by the entry of the armed forces of [Intervening State] into the territory of [State] on [date] without the consent of its Government",
            ),
            pre("Deeply concerned", "by reports of civilian casualties and of the displacement of civilians, and by the worsening humanitarian situation"),
          ],
          operative: [
            op("Condemns", "the military intervention of [Intervening State] in [State] as a violation of Article 2, paragraph 4, of the Charter"),
            op(
              "Demands",
              "that [Intervening State] cease its use of force against [State] at once and withdraw all its military forces from the territory of [State] without delay and without conditions",
            ),
            op("Reaffirms", "the sovereignty, independence, unity and territorial integrity of [State]"),
            op(
              "Demands",
              "that all parties allow and facilitate the rapid, safe and unimpeded passage of humanitarian relief to all civilians in need, and protect civilians and humanitarian personnel as international humanitarian law requires",
            ),
            op("Requests", "the Secretary-General to report to the Council on the implementation of this resolution within [number] days"),
            REMAIN_SEIZED,
          ],
        }),
      };
    case "charter-principles":
      return {
        id,
        name: "Reaffirming the principles of the Charter",
        description:
          "Restates sovereign equality, peaceful settlement, the prohibition of force, non-intervention, self-defence " +
          "in the words of Art. 51, and the rule on regional enforcement action (Art. 53(1)) without applying it: whether a " +
          "deployment requested by the host Government is enforcement action is a different, contested question.",
        draft: councilDraft({
          preamble: [
            pre("Guided by", "the purposes and principles of the Charter of the United Nations"),
            pre(
              "Recalling",
              "the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations, annexed to General Assembly resolution 2625 (XXV)",
            ),
            pre("Noting with concern", "the situation in [State] since [date] and the deployment of forces there by [Regional organization]"),
          ],
          operative: [
            op("Reaffirms", "that the United Nations rests on the sovereign equality of all its Members, as Article 2, paragraph 1, of the Charter provides"),
            op(
              "Recalls",
              "that, under Article 2, paragraph 3, of the Charter, all Members are to settle their international disputes by peaceful means so that international peace and security, and justice, are not endangered",
            ),
            op(
              "Reaffirms",
              "that, under Article 2, paragraph 4, of the Charter, all Members are to refrain in their international relations from the threat or use of force against the territorial integrity or political independence of any State",
            ),
            op(
              "Recalls",
              "Article 2, paragraph 7, of the Charter and the duty of States, set out in the Declaration annexed to General Assembly resolution 2625 (XXV), not to intervene in matters within the domestic jurisdiction of any other State",
            ),
            op(
              "Recalls",
              "the inherent right of individual or collective self-defence if an armed attack occurs against a Member of the United Nations, until the Security Council has taken measures necessary to maintain international peace and security, as recognized in Article 51 of the Charter, and that measures taken by Members in the exercise of this right are to be immediately reported to the Council",
            ),
            op(
              "Recalls",
              "that, under Article 53, paragraph 1, of the Charter, no enforcement action shall be taken under regional arrangements or by regional agencies without the authorization of the Security Council",
            ),
            op(
              "Requests",
              "[Regional organization] to keep the Council fully informed of its activities in [State], as Article 54 of the Charter provides",
            ),
            op("Calls upon", "[State] and all States concerned to settle their differences by peaceful means in accordance with Chapter VI of the Charter"),
            REMAIN_SEIZED,
          ],
        }),
      };
    case "uniting-for-peace":
      return {
        id,
        name: "Referral to the General Assembly (Uniting for Peace)",
        description:
          "A short procedural draft in the manner of resolution 2623 (2022): when a veto has blocked the Council, it " +
          "calls an emergency special session of the General Assembly under resolution 377 A (V). Procedural: no veto applies (Art. 27(2)).",
        draft: councilDraft({
          preamble: [
            pre("Having examined", "the item on the agenda of its [meeting number] meeting, set out in document S/Agenda/[meeting number]"),
            pre(
              "Bearing in mind",
              "that, because its permanent members did not reach unanimity at its [meeting number] meeting, it has been unable to exercise its primary responsibility for the maintenance of international peace and security",
            ),
          ],
          operative: [
            op(
              "Decides",
              "to call an emergency special session of the General Assembly, as provided in General Assembly resolution 377 A (V) of 3 November 1950, to consider the question set out in document S/Agenda/[meeting number]",
            ),
          ],
        }),
      };
    case "ceasefire-humanitarian":
      return {
        id,
        name: "Ceasefire and humanitarian access",
        description:
          "Demands a cessation of hostilities from a set date, safe and unhindered humanitarian access and the protection " +
          "of civilians, and asks the Secretary-General for options to monitor the ceasefire.",
        draft: councilDraft({
          preamble: [
            pre("Reaffirming", "its commitment to the sovereignty, independence, unity and territorial integrity of [State]"),
            pre("Gravely concerned", "by the hostilities in [region] since [date] and by their toll on the civilian population"),
            pre(
              "Recalling",
              "that all parties to armed conflict must comply with their obligations under international humanitarian law, including those to protect civilians and humanitarian and medical personnel",
            ),
            pre("Stressing", "that the conflict cannot be resolved by military means"),
          ],
          operative: [
            op("Demands", "that all parties cease hostilities throughout [State] completely and without conditions, from [date] at the latest"),
            op("Calls upon", "all parties to respect the ceasefire and to resume negotiations in good faith with the support of [Regional organization]"),
            op(
              "Demands",
              "that all parties allow and facilitate rapid, safe, sustained and unhindered humanitarian access to all people in need, including across conflict lines and borders",
            ),
            op("Urges", "all parties to release civilians arbitrarily detained and to allow displaced persons to return in safety and dignity"),
            op("Requests", "the Secretary-General", [
              sub("to follow the implementation of the ceasefire and to propose options for monitoring it"),
              sub("to report to the Council on the implementation of this resolution within [number] days"),
            ]),
            op("Expresses its intention", "to consider further measures should any party fail to comply with this resolution"),
            REMAIN_SEIZED,
          ],
        }),
      };
    default: {
      const unreachable: never = id;
      return unreachable;
    }
  }
}

function councilDraft(parts: Pick<PortableDraft, "preamble" | "operative">): PortableDraft {
  return { schemaVersion: 1, body: "security-council", sponsors: [], ...parts };
}

export function listTemplates(): TemplateSummary[] {
  return TEMPLATE_IDS.map((id) => {
    const { name, description } = templateDefinition(id);
    return { id, name, description };
  });
}

/** A fresh stored draft from a template; paragraph ids come from `newId`. */
export function instantiateTemplate(id: TemplateId, newId: () => string): Draft {
  return withIds(templateDefinition(id).draft, newId);
}

export type PlaceholderMatch = { start: number; end: number; text: string };

/**
 * A placeholder is a square-bracketed word or phrase holding at least one letter: "[State]",
 * "[date]", "[meeting number]". Bracketed numbers ("[1]") are left alone.
 */
const PLACEHOLDER = /\[[^[\]\n]{0,80}?[A-Za-z][^[\]\n]{0,80}?\]/g;

export function findPlaceholders(text: string): PlaceholderMatch[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** The distinct placeholders of a draft, in reading order, for a "fill in" panel. */
export function listDraftPlaceholders(draft: PortableDraft): string[] {
  const seen = new Set<string>();
  for (const text of draftTexts(draft)) for (const match of findPlaceholders(text)) seen.add(match.text);
  return [...seen];
}

function draftTexts(draft: PortableDraft): string[] {
  const out: string[] = [];
  const metadata = [draft.symbol, draft.agendaItem, draft.session, draft.agendaItemNumber, draft.title];
  for (const value of metadata) if (value) out.push(value);
  for (const paragraph of draft.preamble) out.push(paragraph.phrase, paragraph.text);
  const subs = (list: Subparagraph[]) => {
    for (const item of list) {
      out.push(item.text);
      subs(item.subparagraphs ?? []);
    }
  };
  for (const paragraph of draft.operative) {
    out.push(paragraph.phrase, paragraph.text);
    subs(paragraph.subparagraphs ?? []);
  }
  return out;
}

/**
 * Fills every occurrence of one placeholder, "[State]" (the brackets may be left out), in the
 * metadata, phrases and texts of a draft. Ids and structure are kept.
 */
export function fillPlaceholder<T extends PortableDraft>(draft: T, placeholder: string, value: string): T {
  const bracketed = /^\[.*\]$/s.test(placeholder) ? placeholder : `[${placeholder}]`;
  const fill = (text: string) => text.split(bracketed).join(value);
  const fillOptional = (text: string | undefined) => (text === undefined ? undefined : fill(text));
  const subs = <S extends Subparagraph>(list: S[]): S[] =>
    list.map((item) => ({ ...item, text: fill(item.text), subparagraphs: subs(item.subparagraphs ?? []) }));
  const out: T = {
    ...draft,
    preamble: draft.preamble.map((paragraph) => ({ ...paragraph, phrase: fill(paragraph.phrase), text: fill(paragraph.text) })),
    operative: draft.operative.map((paragraph) => ({
      ...paragraph,
      phrase: fill(paragraph.phrase),
      text: fill(paragraph.text),
      subparagraphs: subs(paragraph.subparagraphs ?? []),
    })),
  };
  for (const key of ["symbol", "agendaItem", "session", "agendaItemNumber", "title"] as const) {
    if (draft[key] !== undefined) out[key] = fillOptional(draft[key]);
  }
  return out;
}
