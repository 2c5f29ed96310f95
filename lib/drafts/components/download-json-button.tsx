"use client";

import type { PortableDraft } from "@/lib/core/draft/schema";

/** Downloads a document held in the browser (a version not on the server, say) as a JSON file. */
export function DownloadJsonButton({ document: draft, fileName, label }: { document: PortableDraft; fileName: string; label: string }) {
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => {
        const blob = new Blob([JSON.stringify(draft, null, 2)], { type: "application/json" });
        const url = URL.createObjectURL(blob);
        const link = window.document.createElement("a");
        link.href = url;
        link.download = fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1_000);
      }}
    >
      {label}
    </button>
  );
}
