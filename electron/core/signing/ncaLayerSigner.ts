// The officers' signer: NCALayer, the NCA's signing service on the workstation, over its
// WebSocket. We ask for a detached CMS (basics.sign, or commonUtils.createCAdESFromBase64 on an
// NCALayer without the basics module) and trust nothing it returns until we have verified the
// CMS over the same bytes ourselves and checked that the key is the signed-in officer's.
import type * as pkijs from 'pkijs';
import WebSocket, { type ClientOptions } from 'ws';
import type { AlgorithmVerifiers } from './algorithms';
import type { DerOrPem } from './certificate';
import { cmsToDer, findSignerCertificate, parseSignedData, signingTimeOf } from './cms';
import { SigningError } from './errors';
import {
  basicsSignRequest,
  createCadesRequest,
  fileStorage,
  getActiveTokensRequest,
  parseAnswer,
  signatureText,
  type NcaLayerAnswer,
  type NcaLayerLocale,
  type NcaLayerRequest,
} from './ncaLayerProtocol';
import type { SyncedCrl } from './revocation';
import { checkSignerCertificate, type SignResult, type Signer } from './signer';
import { verifyDetachedCms } from './verifier';

export const defaultNcaLayerUrl = 'wss://127.0.0.1:13579';

type WebSocketConstructor = new (url: string, options?: ClientOptions) => WebSocket;

export interface NcaLayerSignerOptions {
  url?: string;
  /** How long to wait for NCALayer's answer; the officer picks a key and types a password meanwhile. */
  timeoutMs?: number;
  /** How long to wait for the connection itself: NCALayer is local, so this is short. */
  connectTimeoutMs?: number;
  /** The `ws` WebSocket class, or a stand-in for tests. */
  WebSocketImpl?: WebSocketConstructor;
  /** Extra TLS options for the connection (e.g. `ca` to pin NCALayer's certificate). */
  tls?: Pick<ClientOptions, 'ca' | 'rejectUnauthorized' | 'checkServerIdentity'>;
  locale?: NcaLayerLocale;
  now?: () => Date;
  /** NCA roots: when given, the signer's chain must reach one of them. */
  roots?: readonly DerOrPem[];
  /** Synced CRLs: a revoked key is refused. */
  crls?: readonly SyncedCrl[];
  /** GOST verification, if the workstation has it: NCALayer may sign with a GOST key. */
  algorithmVerifiers?: AlgorithmVerifiers;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * NCALayer serves wss with a self-signed certificate on 127.0.0.1; no CA can vouch for it. So the
 * certificate check is relaxed for the loopback address only; any other host gets full TLS.
 */
export function ncaLayerConnectionOptions(url: string, tls: NcaLayerSignerOptions['tls']): ClientOptions {
  const host = new URL(url).hostname;
  return { rejectUnauthorized: !loopbackHosts.has(host), ...tls };
}

/** One WebSocket to NCALayer: open, then request → answer, one at a time. */
class NcaLayerConnection {
  private socket: WebSocket | null = null;
  private waiting: { resolve: (raw: string) => void; reject: (error: SigningError) => void } | null = null;
  private early: string[] = [];
  private failure: SigningError | null = null;
  version: string | null = null;

  constructor(
    private readonly url: string,
    private readonly options: ClientOptions,
    private readonly WebSocketImpl: WebSocketConstructor,
  ) {}

  open(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let socket: WebSocket;
      try {
        socket = new this.WebSocketImpl(this.url, this.options);
      } catch (error) {
        reject(new SigningError('serviceDown', `cannot connect to ${this.url}: ${String(error)}`, { cause: error }));
        return;
      }
      this.socket = socket;
      let opened = false;
      const timer = setTimeout(() => {
        reject(new SigningError('serviceDown', `timeout: no connection to ${this.url} within ${timeoutMs} ms`));
        socket.terminate();
      }, timeoutMs);
      socket.on('open', () => {
        opened = true;
        clearTimeout(timer);
        resolve();
      });
      socket.on('message', (data) => this.received(Buffer.isBuffer(data) ? data.toString('utf8') : String(data)));
      socket.on('error', (error: NodeJS.ErrnoException) => {
        const failure = new SigningError('serviceDown', `${this.url}: ${error.code ?? error.message}`, { cause: error });
        if (!opened) {
          clearTimeout(timer);
          reject(failure);
        } else this.fail(failure);
      });
      socket.on('close', (code) => {
        const failure = new SigningError('serviceDown', `NCALayer closed the connection (${code}) before answering`);
        if (!opened) {
          clearTimeout(timer);
          reject(failure); // no-op when 'error' already rejected
        } else this.fail(failure);
      });
    });
  }

  private received(raw: string) {
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve(raw);
    } else this.early.push(raw);
  }

  private fail(error: SigningError) {
    this.failure ??= error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = null;
      reject(error);
    }
  }

  /** The next message from NCALayer; a timeout or a dropped connection rejects as 'serviceDown'. */
  private next(timeoutMs: number, what: string): Promise<string> {
    const early = this.early.shift();
    if (early !== undefined) return Promise.resolve(early);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new SigningError('serviceDown', `timeout: NCALayer did not answer ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = {
        resolve: (raw) => {
          clearTimeout(timer);
          resolve(raw);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  /** NCALayer greets with its version right after the handshake; wait briefly for it, as its clients do. */
  async greeting(timeoutMs: number): Promise<void> {
    try {
      const answer = parseAnswer(await this.next(timeoutMs, 'the greeting'));
      if (answer.kind === 'greeting') this.version = answer.version;
      else throw new SigningError('badResponse', `expected the version greeting, got ${answer.kind}`);
    } catch (error) {
      // A quiet service is fine (some builds do not greet); a closed or garbled one is not.
      if (error instanceof SigningError && error.code === 'serviceDown' && error.detail?.startsWith('timeout')) return;
      throw error;
    }
  }

  async request(request: NcaLayerRequest, timeoutMs: number): Promise<NcaLayerAnswer> {
    if (!this.socket || this.failure) throw this.failure ?? new SigningError('serviceDown', 'not connected');
    this.socket.send(JSON.stringify(request));
    for (;;) {
      const answer = parseAnswer(await this.next(timeoutMs, `${request.module}.${request.method}`));
      if (answer.kind !== 'greeting') return answer;
      this.version = answer.version;
    }
  }

  close() {
    this.failure ??= new SigningError('serviceDown', 'closed');
    this.socket?.removeAllListeners('close');
    this.socket?.on('error', () => {}); // a late error after we are done is not news
    this.socket?.close();
  }
}

function answerError(answer: Exclude<NcaLayerAnswer, { kind: 'result' } | { kind: 'cancelled' }>): SigningError {
  if (answer.kind === 'error') return new SigningError('badResponse', `NCALayer error ${answer.code}: ${answer.message}`);
  return new SigningError('badResponse', `unexpected ${answer.kind}`);
}

export function ncaLayerSigner(options: NcaLayerSignerOptions = {}): Signer {
  const {
    url = defaultNcaLayerUrl,
    timeoutMs = 300_000,
    connectTimeoutMs = 5_000,
    WebSocketImpl = WebSocket,
    locale = 'kk',
    now = () => new Date(),
    roots,
    crls = [],
    algorithmVerifiers = {},
  } = options;

  /** Asks NCALayer for the signature; the raw CMS text and which module made it. */
  async function askNcaLayer(dataBase64: string, iin: string): Promise<{ text: string; via: SignResult['via'] }> {
    const connection = new NcaLayerConnection(url, ncaLayerConnectionOptions(url, options.tls), WebSocketImpl);
    try {
      await connection.open(connectTimeoutMs);
      await connection.greeting(Math.min(1_000, connectTimeoutMs));
      const answer = await connection.request(basicsSignRequest(dataBase64, iin, locale), timeoutMs);
      if (answer.kind === 'result') return { text: signatureText(answer.value), via: 'ncalayer-basics' };
      if (answer.kind === 'cancelled') throw new SigningError('cancelled', 'basics.sign answered without a result');
      if (answer.kind !== 'moduleNotFound') throw answerError(answer);

      // An NCALayer without the basics module: the older commonUtils call on the first token, else the file store.
      const tokens = await connection.request(getActiveTokensRequest(), timeoutMs);
      if (tokens.kind !== 'result') throw tokens.kind === 'cancelled' ? new SigningError('cancelled') : answerError(tokens);
      const storage = Array.isArray(tokens.value) && typeof tokens.value[0] === 'string' ? tokens.value[0] : fileStorage;
      const cades = await connection.request(createCadesRequest(storage, dataBase64), timeoutMs);
      if (cades.kind === 'result') return { text: signatureText(cades.value), via: 'ncalayer-commonUtils' };
      if (cades.kind === 'cancelled') throw new SigningError('cancelled', 'createCAdESFromBase64 was cancelled');
      throw answerError(cades);
    } finally {
      connection.close();
    }
  }

  return {
    async sign(data, expect) {
      const { text, via } = await askNcaLayer(Buffer.from(data).toString('base64'), expect.iin);
      const moment = now();

      let cms: Uint8Array;
      let signerInfo: pkijs.SignerInfo;
      let signedData: pkijs.SignedData;
      try {
        cms = cmsToDer(text);
        signedData = parseSignedData(cms);
        const [first] = signedData.signerInfos;
        if (!first) throw new Error('no signer in the CMS');
        signerInfo = first;
      } catch (error) {
        throw new SigningError('badResponse', `the returned signature is not a CMS: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }

      // Verify what came back over the very bytes we asked to sign.
      const report = await verifyDetachedCms(data, cms, { roots: roots ?? [], crls, now: moment, algorithmVerifiers });
      const signerCertificate = findSignerCertificate(signedData, signerInfo);
      if (!report.signatureValid || !signerCertificate) {
        const reason = report.failures.map((f) => `${f.code}${f.detail ? ` (${f.detail})` : ''}`).join('; ');
        throw new SigningError('badResponse', `the returned CMS does not verify over the document: ${reason}`);
      }
      // IIN, key purpose and validity: the same refusals as the PKCS#12 signer.
      const signer = checkSignerCertificate(signerCertificate, { expectedIin: expect.iin, now: moment });
      if (report.revocation.status === 'revoked') {
        throw new SigningError('certificateRevoked', `revoked ${report.revocation.revokedAt?.toISOString()} per the CRL of ${report.revocation.crl?.issuer}`);
      }
      if (roots && roots.length > 0 && !report.chainValid) {
        const chainIssue = report.failures.find((f) => f.code === 'chainInvalid');
        throw new SigningError('badResponse', `the signer's certificate does not chain to a configured root: ${chainIssue?.detail ?? ''}`);
      }
      return { cms, signer, signingTime: signingTimeOf(signerInfo) ?? moment, via };
    },
  };
}

