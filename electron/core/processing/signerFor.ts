// Chooses the head's signer: NCALayer (the officers' real signing service) or, for demo and
// tests, the software signer with the head's PKCS#12 key from the workstation's keys folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../../shared/api';
import type { Officer } from '../context';
import type { Db } from '../store/database';
import { ncaLayerSigner, pkcs12Signer, type Signer } from '../signing';

const noKey = (iin: string) => ({
  kk: `Бағдарламалық ЭЦҚ кілті табылмады (${iin}.p12). NCALayer арқылы қол қойыңыз немесе кілтті әкімшіге орнаттырыңыз.`,
  ru: `Программный ключ ЭЦП не найден (${iin}.p12). Подпишите через NCALayer или попросите администратора установить ключ.`,
});

const needPassword = { kk: 'Кілттің құпиясөзін енгізіңіз', ru: 'Введите пароль ключа' };

export function signerFor(
  kind: 'software' | 'ncalayer',
  officer: Officer,
  options: { keysDir: string | null; keyPassword?: string; now: () => Date; crls: Uint8Array[] },
): Signer {
  if (kind === 'ncalayer') return ncaLayerSigner({});
  const file = options.keysDir ? join(options.keysDir, `${officer.iin}.p12`) : null;
  if (!file || !existsSync(file)) throw new DeskError('refused', { reason: 'noSoftwareKey' }, undefined, noKey(officer.iin));
  if (!options.keyPassword) throw new DeskError('invalid_input', { issues: [{ path: ['keyPassword'], message: needPassword }] });
  return pkcs12Signer({ p12: readFileSync(file), password: options.keyPassword, now: options.now, crls: options.crls });
}

/** The CRLs sync keeps for the signer's revocation check (none before the first sync). */
export function syncedCrls(db: Db): Uint8Array[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'crls'").get();
  return hasTable ? (db.prepare('SELECT der FROM crls').pluck().all() as Buffer[]).map((b) => new Uint8Array(b)) : [];
}
