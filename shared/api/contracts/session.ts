// session.*: sign-in, resume after a reload, sign-out; who is signed in on this connection.
import { z } from 'zod';
import { endpoint } from '../endpoint';
import type { OfficerView, SessionView } from '../types';
import { noInput } from './common';

export const sessionContract = {
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
} as const;
