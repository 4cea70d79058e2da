// Whether and how this workstation syncs, from the host's flags and environment: the central URL
// and the workstation credential (`<workstationId>:<secret>`, issued when the workstation was
// registered centrally). Without both, sync is off — and its status says so. The store only ever
// records where the credential came from, never the secret.
import { readFileSync } from 'node:fs';
import type { DerOrPem } from '../signing';

export interface SyncConfig {
  centralUrl: string;
  workstationId: string;
  secret: string;
  /** Where the credential was read from, e.g. 'env:DESK_WORKSTATION_CREDENTIAL' or 'flag'. */
  credentialRef: string;
  /** This workstation's office; by default the only office in the store. */
  officeCode: string | null;
  /** Trusted NCA roots for electronic applications' signatures (PEM). */
  trustRoots: DerOrPem[];
}

export type SyncConfigResult = { status: 'off' } | { status: 'invalid'; reason: string } | { status: 'on'; config: SyncConfig };

export interface SyncSources {
  centralUrl?: string | undefined;
  credential?: string | undefined;
  officeCode?: string | undefined;
  trustRootsFile?: string | undefined;
}

export const syncEnv = {
  centralUrl: 'DESK_CENTRAL_URL',
  credential: 'DESK_WORKSTATION_CREDENTIAL',
  officeCode: 'DESK_OFFICE_CODE',
  trustRootsFile: 'DESK_TRUST_ROOTS',
} as const;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Flags win over the environment; both URL and credential are needed for sync to be on. */
export function resolveSyncConfig(flags: SyncSources, env: Record<string, string | undefined>): SyncConfigResult {
  const pick = (key: keyof typeof syncEnv) => ({ value: flags[key] ?? env[syncEnv[key]], fromFlag: flags[key] !== undefined });
  const url = pick('centralUrl').value?.trim();
  const credential = pick('credential');
  if (!url && !credential.value) return { status: 'off' };
  if (!url) return { status: 'invalid', reason: `a workstation credential is given but no central URL (--central-url or ${syncEnv.centralUrl})` };
  if (!credential.value) return { status: 'invalid', reason: `a central URL is given but no workstation credential (--workstation-credential or ${syncEnv.credential})` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'invalid', reason: `the central URL is not a URL: ${url}` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { status: 'invalid', reason: `the central URL must be http(s): ${url}` };
  const separator = credential.value.indexOf(':');
  const workstationId = credential.value.slice(0, separator);
  const secret = credential.value.slice(separator + 1);
  if (separator < 0 || !uuid.test(workstationId) || secret.length === 0) {
    return { status: 'invalid', reason: 'the workstation credential must be <workstation id (UUID)>:<secret>' };
  }
  const rootsFile = pick('trustRootsFile').value;
  let trustRoots: DerOrPem[] = [];
  if (rootsFile) {
    try {
      trustRoots = [readFileSync(rootsFile, 'utf8')];
    } catch (error) {
      return { status: 'invalid', reason: `the trusted roots file cannot be read: ${(error as Error).message}` };
    }
  }
  return {
    status: 'on',
    config: {
      centralUrl: parsed.toString().replace(/\/+$/, ''),
      workstationId: workstationId.toLowerCase(),
      secret,
      credentialRef: credential.fromFlag ? 'flag' : `env:${syncEnv.credential}`,
      officeCode: pick('officeCode').value ?? null,
      trustRoots,
    },
  };
}
