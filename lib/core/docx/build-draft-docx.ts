import type { PortableDraft } from "../draft/schema";
import { createModelUnDraftDocument } from "./model-un-draft";
import { packDocument } from "./pack";
import type { Paper } from "./page-geometry";
import { unNameOf, type NameOf } from "../un/sponsor-line";
import { createUnDraftDocument, type Distribution } from "./un-draft";

/** "un": the UN's own layout; "thimun": the Model UN conference convention. */
export type DraftDocxStyle = "un" | "thimun";

export const DRAFT_DOCX_STYLES: readonly DraftDocxStyle[] = ["un", "thimun"];

export type DraftDocxOptions = {
  style: DraftDocxStyle;
  paper: Paper;
  /** UN style: defaults to "general" for the Security Council, "limited" for General Assembly drafts. */
  distribution?: Distribution;
  /** THIMUN style: the conference's name above the header lines. */
  conference?: string;
  /** The document's author property. */
  author?: string;
  /** Sponsors' names; defaults to the UN names of the reference data. */
  nameOf?: NameOf;
};

/** The DOCX bytes of a draft resolution. Pure: the draft in, the bytes out. */
export async function buildDraftDocx(draft: PortableDraft, options: DraftDocxOptions): Promise<Uint8Array> {
  const nameOf = options.nameOf ?? unNameOf;
  switch (options.style) {
    case "un":
      return packDocument(
        createUnDraftDocument(draft, {
          paper: options.paper,
          distribution: options.distribution ?? defaultDistribution(draft),
          author: options.author,
          nameOf,
        }),
      );
    case "thimun":
      return packDocument(
        createModelUnDraftDocument(draft, { paper: options.paper, conference: options.conference, author: options.author, nameOf }),
      );
    default: {
      const unreachable: never = options.style;
      throw new Error(`unknown style ${String(unreachable)}`);
    }
  }
}

/** General Assembly "L." drafts are issued "Distr.: Limited"; Council drafts "Distr.: General". */
function defaultDistribution(draft: PortableDraft): Distribution {
  return draft.body === "general-assembly" ? "limited" : "general";
}
