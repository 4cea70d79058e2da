// How sync checks the signature on an electronic application: the request's detached CMS against
// the document, the chain to the configured roots, validity at signing time, revocation against
// the CRLs synced into this store (with their age), and condition 3 of §10 — the IIN/BIN in the
// request is the certificate's. The check is an interface so tests can count or fake calls; the
// real one is the signing module's verifier.
import type { Localized } from '../../../shared/domain/text';
import type { DerOrPem, SyncedCrl } from '../signing';
import type { Db } from '../store/database';

export interface RequestCheckInput {
  document: Uint8Array;
  cms: Uint8Array;
  taxpayerId: string;
  idKind: 'iin' | 'bin';
  now: Date;
  crls: readonly SyncedCrl[];
}

export interface RequestCheckIssue {
  code: string;
  message: Localized;
  detail: string | null;
}

export interface RequestCheck {
  valid: boolean;
  failures: RequestCheckIssue[];
  warnings: RequestCheckIssue[];
  /** The verifier's full report, JSON-serialisable, kept as the case's attachment. */
  report: unknown;
}

export type RequestVerifier = (input: RequestCheckInput) => Promise<RequestCheck>;

/**
 * The signing module's verifier with the configured trusted roots (none configured: nothing
 * chains). Loaded on the first application: the PKI libraries cost a start-up that most sync
 * cycles never need.
 */
export function cmsRequestVerifier(roots: readonly DerOrPem[]): RequestVerifier {
  return async ({ document, cms, taxpayerId, idKind, now, crls }) => {
    const { verifyDetachedCms } = await import('../signing/verifier');
    const report = await verifyDetachedCms(document, cms, {
      roots,
      crls,
      now,
      expectedId: idKind === 'iin' ? { iin: taxpayerId } : { bin: taxpayerId },
    });
    const strip = (i: RequestCheckIssue) => ({ code: i.code, message: i.message, detail: i.detail });
    return { valid: report.ok, failures: report.failures.map(strip), warnings: report.warnings.map(strip), report };
  };
}

/** The CRLs this store has synced, as the verifier takes them. */
export function syncedCrls(db: Db): SyncedCrl[] {
  const rows = db.prepare('SELECT der, fetched_at FROM crls ORDER BY this_update').all() as { der: Buffer; fetched_at: string }[];
  return rows.map((r) => ({ der: new Uint8Array(r.der), fetchedAt: new Date(r.fetched_at) }));
}
