// NCALayer's WebSocket protocol as data: the requests we send and how to read its answers.
// Shapes as NCALayer speaks them (and as sigex-kz/ncalayer-js-client and its recorded test
// exchanges show):
//   on connect        ← {"result":{"version":"1.4"}}
//   basics.sign       → {"module":"kz.gov.pki.knca.basics","method":"sign","args":{allowedStorages,
//                        format:"cms",data,signingParams,signerParams,locale}}   (named args)
//                     ← {"status":true,"body":{"result":"-----BEGIN CMS-----…"}}
//                     ← {"status":true,"body":{}}                      the user closed the dialog
//                     ← {"status":false,"code":"…","message":"…","details":"…"}
//   commonUtils.*     → {"module":"kz.gov.pki.knca.commonUtils","method":…,"args":[…]} (positional)
//                     ← {"code":"200","responseObject":…}
//                     ← {"code":"500","message":"action.canceled"}    the user closed the dialog
//   unknown module    ← {"success":false,"errorCode":"MODULE_NOT_FOUND"}
import { ekuOids } from './oids';
import { SigningError } from './errors';

export const ncaLayerModules = {
  basics: 'kz.gov.pki.knca.basics',
  commonUtils: 'kz.gov.pki.knca.commonUtils',
} as const;

/** NCALayer's interface languages. */
export type NcaLayerLocale = 'kk' | 'ru' | 'en';

export interface NcaLayerRequest {
  module: string;
  method: string;
  args?: unknown;
}

/** basics.sign for a detached CMS over `dataBase64`, offering only signing keys of this IIN. */
export function basicsSignRequest(dataBase64: string, iin: string, locale: NcaLayerLocale): NcaLayerRequest {
  return {
    module: ncaLayerModules.basics,
    method: 'sign',
    args: {
      allowedStorages: null, // any store: file, Kaztoken, ID card
      format: 'cms',
      data: dataBase64,
      // decode: data is base64 of the bytes; encapsulate: false → detached; digested: false → sign the data, not a hash.
      // No tsaProfile: the office may be offline, and the signing time is signed as an attribute.
      signingParams: { decode: true, encapsulate: false, digested: false },
      signerParams: { extKeyUsageOids: [ekuOids.signing], iin },
      locale,
    },
  };
}

export const getActiveTokensRequest = (): NcaLayerRequest => ({ module: ncaLayerModules.commonUtils, method: 'getActiveTokens' });

/** commonUtils.createCAdESFromBase64(storageType, keyType, data, attach): older NCALayers without the basics module. */
export function createCadesRequest(storage: string, dataBase64: string): NcaLayerRequest {
  return { module: ncaLayerModules.commonUtils, method: 'createCAdESFromBase64', args: [storage, 'SIGNATURE', dataBase64, false] };
}

/** The file store, used by commonUtils when no hardware token is plugged in. */
export const fileStorage = 'PKCS12';

export type NcaLayerAnswer =
  | { kind: 'greeting'; version: string }
  | { kind: 'result'; value: unknown }
  | { kind: 'cancelled' }
  | { kind: 'moduleNotFound' }
  | { kind: 'error'; code: string; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value));

/** Reads one message from NCALayer; anything that is not one of its shapes is a 'badResponse'. */
export function parseAnswer(raw: string): NcaLayerAnswer {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    throw new SigningError('badResponse', `not JSON: ${raw.slice(0, 80)}`);
  }
  if (!isRecord(message)) throw new SigningError('badResponse', `not an object: ${raw.slice(0, 80)}`);

  if (message.errorCode === 'MODULE_NOT_FOUND' || message.code === 'MODULE_NOT_FOUND') return { kind: 'moduleNotFound' };

  if ('status' in message) {
    if (message.status === true) {
      if (!isRecord(message.body)) throw new SigningError('badResponse', 'status true without a body');
      // basics: a body without result is how NCALayer says the user closed the dialog.
      return 'result' in message.body ? { kind: 'result', value: message.body.result } : { kind: 'cancelled' };
    }
    if (message.status === false) {
      const details = text(message.details);
      return { kind: 'error', code: text(message.code ?? message.errorCode), message: `${text(message.message)}${details ? ` (${details})` : ''}` };
    }
    throw new SigningError('badResponse', `status is ${text(message.status)}`);
  }

  if ('code' in message) {
    if (message.code === '200') return { kind: 'result', value: message.responseObject };
    if (message.message === 'action.canceled') return { kind: 'cancelled' };
    return { kind: 'error', code: text(message.code), message: text(message.message) };
  }

  if (isRecord(message.result) && typeof message.result.version === 'string') return { kind: 'greeting', version: message.result.version };
  if (message.success === false) return { kind: 'error', code: text(message.errorCode), message: text(message.message) };
  throw new SigningError('badResponse', `unknown answer: ${raw.slice(0, 80)}`);
}

/** The signature out of a sign answer: one string (basics may answer an array for several documents). */
export function signatureText(value: unknown): string {
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (typeof single !== 'string' || single.trim() === '') throw new SigningError('badResponse', 'the answer carries no signature');
  return single;
}
