// The software signer: a PKCS#12 file and its password, for the demo workstation and tests.
// It signs exactly like NCALayer would (detached CMS, SHA-256/RSA, signingTime, chain) and
// refuses the same way (someone else's key, an authentication key, an expired or revoked one).
import { certificateFacts, type DerOrPem } from './certificate';
import { buildDetachedCms } from './cms';
import { openPkcs12, type OpenedKeyStore } from './pkcs12';
import { checkSignerCertificate, type Signer } from './signer';

export interface Pkcs12SignerOptions {
  p12: Uint8Array;
  password: string;
  /** The clock; signingTime and the validity check use it. */
  now?: () => Date;
  /** Synced CRLs: a revoked key is refused before it signs. */
  crls?: readonly DerOrPem[];
}

export function pkcs12Signer({ p12, password, now = () => new Date(), crls = [] }: Pkcs12SignerOptions): Signer {
  // Opened on first use and kept: deriving the PBE keys is the slow part of a signature.
  let store: Promise<OpenedKeyStore> | null = null;
  return {
    async sign(data, expect) {
      store ??= openPkcs12(p12, password);
      const opened = await store.catch((error: unknown) => {
        store = null; // a wrong password should not stick
        throw error;
      });
      const signingTime = now();
      checkSignerCertificate(opened.certificate, { expectedIin: expect.iin, now: signingTime, crls });
      const cms = await buildDetachedCms({ data, privateKey: opened.privateKey, signerCertificate: opened.certificate, chain: opened.chain, signingTime });
      return { cms, signer: certificateFacts(opened.certificate), signingTime, via: 'pkcs12' };
    },
  };
}
