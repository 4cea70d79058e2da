// Workstation settings kept in the store: which workstation this is, its window number for the
// coupon (Appendix 1, field 7), the second-copy stamp size. Typed keys with defaults.
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';

export interface WorkstationSettings {
  /** Global id of this workstation: stamped on its events and outbox rows. */
  workstationId: string;
  /** Number of this workstation within the office (1–99); partitions local number leases. */
  workstationNo: number;
  /** The "window" where outgoing documents are issued (coupon field 7). */
  windowNumber: string;
  /** Label size of the §5.1.e stamp for the applicant's second copy, in millimetres. */
  stampLabel: { widthMm: number; heightMm: number };
  /** Where the holder's PKCS#12 keys are kept for the software signer (<iin>.p12); null: none. */
  keysDir: string | null;
  /** The office's contact phone printed as the executor's on a refusal. */
  officePhone: string;
}

const defaults: Omit<WorkstationSettings, 'workstationId'> = {
  workstationNo: 1,
  windowNumber: '1',
  stampLabel: { widthMm: 70, heightMm: 40 },
  keysDir: null,
  officePhone: '8 (7172) 00-00-00',
};

type Key = keyof WorkstationSettings;

function read(db: Db, key: Key): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

export function writeSetting<K extends Key>(db: Db, key: K, value: WorkstationSettings[K]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

/** Reads all settings, creating the workstation id on first use. */
export function workstationSettings(db: Db): WorkstationSettings {
  let workstationId = read(db, 'workstationId') as string | undefined;
  if (!workstationId) {
    workstationId = randomUUID();
    writeSetting(db, 'workstationId', workstationId);
  }
  return {
    workstationId,
    workstationNo: (read(db, 'workstationNo') as number | undefined) ?? defaults.workstationNo,
    windowNumber: (read(db, 'windowNumber') as string | undefined) ?? defaults.windowNumber,
    stampLabel: (read(db, 'stampLabel') as WorkstationSettings['stampLabel'] | undefined) ?? defaults.stampLabel,
    keysDir: (read(db, 'keysDir') as string | null | undefined) ?? defaults.keysDir,
    officePhone: (read(db, 'officePhone') as string | undefined) ?? defaults.officePhone,
  };
}
