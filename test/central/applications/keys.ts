// The applicants' signing keys the generator signs electronic applications with: a small
// interface (`sign(bytes, signingTime) → detached CMS`), and its implementation over the test
// PKI (test/fixtures/pki) and the project's PKCS#12 signer. The expired key is one pkcs12Signer
// rightly refuses, so it is signed with the same CMS builder directly — the way a client that
// skips the validity check would send it.
import type { TestPki } from '../../fixtures/pki/ensurePki';
import { buildDetachedCms } from '../../../electron/core/signing/cms';
import { openPkcs12 } from '../../../electron/core/signing/pkcs12';
import { pkcs12Signer } from '../../../electron/core/signing/pkcs12Signer';

export interface ApplicantKey {
  /** The certificate holder's IIN (SERIALNUMBER) and, for an organisation's key, BIN (OU). */
  iin: string;
  bin: string | null;
  /** Detached CMS (DER) over exactly these bytes. */
  sign(data: Uint8Array, signingTime: Date): Promise<Uint8Array>;
}

export interface ApplicantKeys {
  /** An individual's valid signing key. */
  individual: ApplicantKey;
  /** An organisation head's valid signing key (BIN in OU). */
  organisation: ApplicantKey;
  /** An individual's key whose certificate has expired. */
  expired: ApplicantKey;
  /** An individual's key whose certificate is on the CRL. */
  revoked: ApplicantKey;
  /** The CRL that lists the revoked key (DER), published before any application needs it. */
  crlDer: Uint8Array;
}

type Holder = 'applicant' | 'applicantOrg' | 'expired' | 'revoked';

function viaSigner(pki: TestPki, holder: Holder): ApplicantKey {
  const facts = pki.manifest.holders[holder];
  let signingTime = new Date(0);
  const signer = pkcs12Signer({ p12: pki.p12(holder), password: pki.password, now: () => signingTime });
  return {
    iin: facts.iin,
    bin: facts.bin,
    async sign(data, at) {
      signingTime = at;
      return (await signer.sign(data, { iin: facts.iin })).cms;
    },
  };
}

function direct(pki: TestPki, holder: Holder): ApplicantKey {
  const facts = pki.manifest.holders[holder];
  let opened: ReturnType<typeof openPkcs12> | null = null;
  return {
    iin: facts.iin,
    bin: facts.bin,
    async sign(data, signingTime) {
      opened ??= openPkcs12(pki.p12(holder), pki.password);
      const { privateKey, certificate, chain } = await opened;
      return buildDetachedCms({ data, privateKey, signerCertificate: certificate, chain, signingTime });
    },
  };
}

export function keysFromTestPki(pki: TestPki): ApplicantKeys {
  return {
    individual: viaSigner(pki, 'applicant'),
    organisation: viaSigner(pki, 'applicantOrg'),
    expired: direct(pki, 'expired'),
    // The applicant's own software does not know the key was revoked; the centre does.
    revoked: viaSigner(pki, 'revoked'),
    crlDer: pki.crlDer,
  };
}
