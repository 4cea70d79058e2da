// Small value checks on command data that the state machine relies on (the api boundary's zod
// schemas check shapes; these keep `decide` safe for callers that skip that boundary).

export const blank = (text: string): boolean => text.trim().length === 0;

/** Documents are identified by the lowercase hex SHA-256 of their bytes (architecture: Documents). */
export const isSha256Hex = (text: string): boolean => /^[0-9a-f]{64}$/.test(text);
