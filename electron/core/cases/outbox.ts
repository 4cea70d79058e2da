// Writes intents to sync into the outbox, always inside the transaction of the change itself,
// so a change and its intent to reach the central system can never be separated by a crash.
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';

export interface OutboxEntry {
  kind: string;
  caseId: string | null;
  officerId: number | null;
  payload: unknown;
  now: Date;
}

/** Appends a mutation; returns its workstation sequence number and global id. */
export function enqueue(db: Db, entry: OutboxEntry): { seq: number; mutationId: string } {
  const mutationId = randomUUID();
  const result = db
    .prepare('INSERT INTO outbox (mutation_id, kind, case_id, officer_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(mutationId, entry.kind, entry.caseId, entry.officerId, JSON.stringify(entry.payload), entry.now.toISOString());
  return { seq: Number(result.lastInsertRowid), mutationId };
}
