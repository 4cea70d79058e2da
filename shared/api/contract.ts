// The typed contract between renderer and core: api name → input schema, access rule, output type.
// The core validates every input against these schemas; the renderer may reuse them for forms.
// The acting officer is never an argument: it comes from the host's session.
import { z } from 'zod';
import { roles, type Role } from '../domain/roles';
import type { AppInfo, AuditChainView, CaseSummary, OfficerView, SessionView } from './types';

/** public: anyone; signedIn: any officer; or the list of roles allowed. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface Endpoint<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** A mutating call runs in one store transaction and must write the audit log. */
  mutates: boolean;
  /** Phantom: carries the output type only. */
  readonly __output?: O;
}

const endpoint =
  <O>() =>
  <I extends z.ZodType>(def: { input: I; access: Access; mutates: boolean }): Endpoint<I, O> =>
    def;

const noInput = z.object({}).strict();

export const contract = {
  'app.info': endpoint<AppInfo>()({ input: noInput, access: 'public', mutates: false }),

  'session.signIn': endpoint<SessionView>()({
    input: z
      .object({
        login: z.string().trim().min(1).max(64),
        password: z.string().min(1).max(256),
      })
      .strict(),
    access: 'public',
    mutates: true,
  }),
  'session.resume': endpoint<SessionView>()({
    input: z.object({ token: z.string().min(16).max(128) }).strict(),
    access: 'public',
    mutates: false,
  }),
  'session.signOut': endpoint<null>()({ input: noInput, access: 'signedIn', mutates: true }),
  'session.current': endpoint<OfficerView | null>()({ input: noInput, access: 'public', mutates: false }),

  'cases.list': endpoint<CaseSummary[]>()({
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    access: 'signedIn',
    mutates: false,
  }),

  'audit.verify': endpoint<AuditChainView>()({ input: noInput, access: ['supervisor', 'admin'], mutates: false }),
} as const;

export type Contract = typeof contract;
export type ApiName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Contract[N]['input']>;
/** What a handler receives, after validation and defaults. */
export type ApiParsedInput<N extends ApiName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends ApiName> = Contract[N] extends Endpoint<z.ZodType, infer O> ? O : never;

export { roles };
