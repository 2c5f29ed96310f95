/**
 * Join codes: six characters a class reads off a projector and types on a phone. The alphabet
 * leaves out the characters that look alike on screens and in handwriting (0/O, 1/I/L), so a
 * code read aloud or from the back of a room is typed right the first time.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** A new code; `random` returns numbers in [0, 1) (crypto-backed in the app, seeded in tests). */
export function generateJoinCode(random: () => number): string {
  let code = "";
  for (let index = 0; index < JOIN_CODE_LENGTH; index++) {
    const pick = Math.min(JOIN_CODE_ALPHABET.length - 1, Math.floor(random() * JOIN_CODE_ALPHABET.length));
    code += JOIN_CODE_ALPHABET[pick];
  }
  return code;
}

/**
 * What a user typed, as the stored code: upper case, without the spaces and dashes people put in
 * ("abc-def", "ABC DEF"). Null when it cannot be a code (wrong length or a character outside the
 * alphabet), so that the caller answers "no class with this code" without a database lookup.
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s\-–—_.]/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** How a code is shown: two groups of three ("ABC-DEF"), easier to read from a distance. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
