// cases.*: the office's case queue.
import { z } from 'zod';
import { endpoint } from '../endpoint';
import type { CaseSummary } from '../types';

export const casesContract = {
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
} as const;
