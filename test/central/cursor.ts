// Pull cursors: `c1.<epoch>.<position>`, a position in the central change log of one store
// epoch. A cursor is served incrementally only if it names the current epoch and a position
// between the retention horizon and the end of the log; anything else (garbage, another
// simulator, a store restored from backup, history pruned) is answered with `reset: true`.

const pattern = /^c1\.([0-9a-f]{12})\.(0|[1-9]\d{0,14})$/;

export function encodeCursor(epoch: string, pos: number): string {
  return `c1.${epoch}.${pos}`;
}

export type CursorCheck = { ok: true; pos: number } | { ok: false; why: 'malformed' | 'otherEpoch' | 'tooOld' | 'ahead' };

export function checkCursor(cursor: string | null, store: { epoch: string; horizon: number; maxPos: number }): CursorCheck {
  if (cursor === null) return { ok: true, pos: 0 };
  const match = pattern.exec(cursor);
  if (!match) return { ok: false, why: 'malformed' };
  if (match[1] !== store.epoch) return { ok: false, why: 'otherEpoch' };
  const pos = Number(match[2]);
  // Position 0 is "from the beginning", the cursor a reset hands out: never too old.
  if (pos > 0 && pos < store.horizon) return { ok: false, why: 'tooOld' };
  if (pos > store.maxPos) return { ok: false, why: 'ahead' };
  return { ok: true, pos };
}
