"use client";

import { useState } from "react";
import { diffDrafts } from "@/lib/core/draft/diff";
import { draftToPlainText } from "@/lib/core/draft/layout";
import type { Draft } from "@/lib/core/draft/schema";
import { DiffView } from "./diff-view";
import { DownloadJsonButton } from "./download-json-button";
import type { ConflictState } from "../use-autosave";

type Props = {
  conflict: ConflictState;
  mine: Draft;
  fileName: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** "Changed elsewhere": both versions side by side and the word diff; nothing is thrown away. */
export function ConflictPanel({ conflict, mine, fileName, onKeepMine, onTakeTheirs }: Props) {
  const [showDiff, setShowDiff] = useState(true);
  const theirs = conflict.theirs;
  const when = new Date(theirs.updatedAt).toLocaleString();
  return (
    <section className="conflict-panel card" role="region" aria-labelledby="conflict-heading" data-testid="conflict-panel">
      <h2 id="conflict-heading">This draft was changed elsewhere</h2>
      <p>
        {theirs.updatedBy ?? "Someone"} saved revision {theirs.revision} at {when}, after you started editing. Your text is safe: choose which
        version to keep. Nothing is lost either way: the other version stays in the history or can be downloaded.
      </p>
      <div className="row">
        <button type="button" className="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button button-quiet" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <DownloadJsonButton document={mine} fileName={fileName.replace(/\.json$/, "-mine.json")} label="Download mine (JSON)" />
        <button type="button" className="button-link" onClick={() => setShowDiff((value) => !value)} aria-expanded={showDiff}>
          {showDiff ? "Hide differences" : "Show differences"}
        </button>
      </div>
      {/* Each version scrolls on its own: focusable and named, so that the keyboard can scroll it. */}
      <div className="conflict-versions">
        <div>
          <h3>Their version (revision {theirs.revision})</h3>
          <pre className="version-text" data-testid="conflict-theirs" tabIndex={0} role="region" aria-label={`Their version (revision ${theirs.revision})`}>{draftToPlainText(theirs.document)}</pre>
        </div>
        <div>
          <h3>Your version</h3>
          <pre className="version-text" data-testid="conflict-mine" tabIndex={0} role="region" aria-label="Your version">{draftToPlainText(mine)}</pre>
        </div>
      </div>
      {showDiff ? (
        <>
          <h3>From theirs to yours</h3>
          <DiffView diff={diffDrafts(theirs.document, mine)} testId="conflict-diff" />
        </>
      ) : null}
    </section>
  );
}
