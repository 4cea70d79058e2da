// Small value checks on command data that the state machine relies on (the api boundary's zod
// schemas check shapes; these keep `decide` safe for callers that skip that boundary).

export const blank = (text: string): boolean => text.trim().length === 0;

/** A real calendar date written YYYY-MM-DD (so 2026-02-30 is rejected). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  // The round trip rejects dates that Date would silently roll over (and years 0000–0099, which
  // Date.UTC maps to the 1900s).
  return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
}

/** Documents are identified by the lowercase hex SHA-256 of their bytes (architecture: Documents). */
export const isSha256Hex = (text: string): boolean => /^[0-9a-f]{64}$/.test(text);
