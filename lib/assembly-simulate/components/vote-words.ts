import type { VoteValue } from "@/lib/core/vote/vote-value";
import styles from "./assembly.module.css";

/**
 * How the Assembly's board shows a vote: colour, symbol and word together, never colour alone.
 * NP is "not voting": absent, or present and not voting (GA rules of procedure, rule 86).
 */
export const ASSEMBLY_VOTE_DISPLAY: Record<VoteValue, { word: string; symbol: string; className: string; seatClass: string }> = {
  Y: { word: "Yes", symbol: "✓", className: styles.yes, seatClass: "vote-yes" },
  N: { word: "No", symbol: "✗", className: styles.no, seatClass: "vote-no" },
  A: { word: "Abstain", symbol: "○", className: styles.abstain, seatClass: "vote-abstain" },
  NP: { word: "Not voting", symbol: "–", className: styles.np, seatClass: "vote-np" },
};

export const BOARD_VOTES: readonly VoteValue[] = ["Y", "N", "A", "NP"];
