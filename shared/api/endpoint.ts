// The shape of one contract entry: input schema, access rule, whether it mutates, output type.
import type { z } from 'zod';
import type { Role } from '../domain/roles';

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

export const endpoint =
  <O>() =>
  <I extends z.ZodType>(def: { input: I; access: Access; mutates: boolean }): Endpoint<I, O> =>
    def;
