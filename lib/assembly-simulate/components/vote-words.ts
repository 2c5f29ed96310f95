import type { VoteValue } from "@/lib/core/vote/vote-value";
import { VOTE_DISPLAY } from "@/lib/simulate/vote-display";
import styles from "./assembly.module.css";

type AssemblyVoteDisplay = { word: string; symbol: string; className: string; buttonClassName: string };

/**
 * How the Assembly's board shows a vote: the Council's words, symbols and seat colours
 * (`VOTE_DISPLAY`), never colour alone, with the board's buttons lit in the same colours.
 * NP is "not voting": absent, or present and not voting (GA rules of procedure, rule 86).
 */
export const ASSEMBLY_VOTE_DISPLAY: Record<VoteValue, AssemblyVoteDisplay> = {
  Y: { ...VOTE_DISPLAY.Y, buttonClassName: styles.yes },
  N: { ...VOTE_DISPLAY.N, buttonClassName: styles.no },
  A: { ...VOTE_DISPLAY.A, buttonClassName: styles.abstain },
  NP: { ...VOTE_DISPLAY.NP, word: "Not voting", buttonClassName: styles.np },
};

export const BOARD_VOTES: readonly VoteValue[] = ["Y", "N", "A", "NP"];
