// Signing and signature verification for the desk: the Signer contract with its NCALayer and
// PKCS#12 implementations, and the verifier for incoming signed applications.
export { SigningError, isSigningError, type SigningErrorCode } from './errors';
export { signingErrorMessages, verificationMessages, type VerificationIssueCode } from './messages';
export type { Signer, SignResult } from './signer';
export { pkcs12Signer, type Pkcs12SignerOptions } from './pkcs12Signer';
export { ncaLayerSigner, defaultNcaLayerUrl, type NcaLayerSignerOptions } from './ncaLayerSigner';
export { verifyDetachedCms, type VerifyOptions, type VerificationReport, type VerificationIssue } from './verifier';
export type { AlgorithmVerifier, AlgorithmVerifiers, SignatureStatus } from './algorithms';
export type { SyncedCrl, CrlInfo, RevocationResult } from './revocation';
export { certificateFacts, parseCertificates, type CertificateFacts, type DerOrPem } from './certificate';
export { cmsToDer } from './cms';
