// The typed contract between renderer and core: api name → input schema, access rule, output
// type. Each area declares its entries in contracts/<area>.ts; this merges them. The core
// validates every input against these schemas; the acting officer comes from the host's
// session, never from the arguments.
import type { z } from 'zod';
import { appContract } from './contracts/app';
import { casesContract } from './contracts/cases';
import { documentsContract } from './contracts/documents';
import { intakeContract } from './contracts/intake';
import { processingContract } from './contracts/processing';
import { settingsContract } from './contracts/settings';
import { sessionContract } from './contracts/session';
import { syncContract } from './contracts/sync';
import type { Endpoint } from './endpoint';

export const contract = {
  ...appContract,
  ...sessionContract,
  ...casesContract,
  ...documentsContract,
  ...intakeContract,
  ...processingContract,
  ...settingsContract,
  ...syncContract,
} as const;

export type Contract = typeof contract;
export type ApiName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Contract[N]['input']>;
/** What a handler returns and the caller gets in `{ ok: true, value }`. */
export type ApiOutput<N extends ApiName> = Contract[N] extends Endpoint<z.ZodType, infer O> ? O : never;
/** What a handler receives, after validation and defaults. */
export type ApiParsedInput<N extends ApiName> = z.output<Contract[N]['input']>;

export type { Access, Endpoint } from './endpoint';
