// Officer sessions: a random token per sign-in, stored only as its SHA-256, ending at sign-out
// or after the configured working-day length. A connection holds at most one session.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/database';
import { findOfficerById } from './officers';
import type { Connection, Officer } from '../context';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function startSession(db: Db, officerId: number, now: Date, hours: number): { token: string; tokenHash: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  db.prepare('INSERT INTO sessions (token_hash, officer_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    tokenHash,
    officerId,
    now.toISOString(),
    expiresAt,
  );
  return { token, tokenHash, expiresAt };
}

export function endSession(db: Db, tokenHash: string, now: Date): void {
  db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(now.toISOString(), tokenHash);
}

export type SessionLookup =
  | { status: 'active'; officer: Officer; expiresAt: string }
  | { status: 'none' }
  | { status: 'expired' };

/** Who is acting on this connection now: re-checked on every call, so sign-out, expiry or a
 * disabled account take effect at once. */
export function lookupSession(db: Db, tokenHash: string | null, now: Date): SessionLookup {
  if (!tokenHash) return { status: 'none' };
  const row = db
    .prepare('SELECT officer_id, expires_at, ended_at FROM sessions WHERE token_hash = ?')
    .get(tokenHash) as { officer_id: number; expires_at: string; ended_at: string | null } | undefined;
  if (!row) return { status: 'none' };
  if (row.ended_at !== null || row.expires_at <= now.toISOString()) return { status: 'expired' };
  const officer = findOfficerById(db, row.officer_id);
  if (!officer || !officer.active) return { status: 'expired' };
  const { active: _active, ...rest } = officer;
  return { status: 'active', officer: rest, expiresAt: row.expires_at };
}

export function connectionSession(db: Db, connection: Connection, now: Date): SessionLookup {
  return lookupSession(db, connection.session?.tokenHash ?? null, now);
}
