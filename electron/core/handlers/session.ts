// session.* handlers: sign-in with scrypt-hashed passwords, resume after a reload, sign-out.
// The signed-in officer is bound to the connection, which the host owns.
import { DeskError } from '../../../shared/api';
import { verifyPassword } from '../auth/passwords';
import { findOfficerForSignIn, officerView } from '../auth/officers';
import { endSession, hashToken, lookupSession, startSession } from '../auth/sessions';
import type { HandlerMap } from '../context';

// Verified against when the login is unknown, so the answer takes as long either way.
const dummyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export const sessionHandlers: HandlerMap<'session.signIn' | 'session.resume' | 'session.signOut' | 'session.current'> = {
  async 'session.signIn'(ctx, { login, password }) {
    const found = findOfficerForSignIn(ctx.db, login);
    const passwordOk = await verifyPassword(password, found?.passwordHash ?? dummyHash);
    if (!found || !passwordOk || !found.active) {
      ctx.write((audit) => audit({ action: 'session.signInFailed', details: { login, reason: found && passwordOk ? 'disabled' : 'credentials' } }));
      throw new DeskError(found && passwordOk ? 'account_disabled' : 'bad_credentials');
    }
    const { officer } = found;
    const now = ctx.clock.now();
    const started = ctx.write((audit) => {
      if (ctx.connection.session) endSession(ctx.db, ctx.connection.session.tokenHash, now);
      const session = startSession(ctx.db, officer.id, now, ctx.config.sessionHours);
      // The officer is not on the context yet: name them explicitly.
      audit({ action: 'session.signIn', officerId: officer.id });
      return session;
    });
    ctx.connection.session = { tokenHash: started.tokenHash, officerId: officer.id };
    return { token: started.token, officer: officerView(officer), expiresAt: started.expiresAt };
  },

  async 'session.resume'(ctx, { token }) {
    const tokenHash = hashToken(token);
    const found = lookupSession(ctx.db, tokenHash, ctx.clock.now());
    if (found.status !== 'active') throw new DeskError('session_expired');
    ctx.connection.session = { tokenHash, officerId: found.officer.id };
    return { token, officer: officerView(found.officer), expiresAt: found.expiresAt };
  },

  async 'session.signOut'(ctx) {
    const session = ctx.connection.session;
    ctx.write((audit) => {
      if (session) endSession(ctx.db, session.tokenHash, ctx.clock.now());
      audit({ action: 'session.signOut' });
    });
    ctx.connection.session = null;
    return null;
  },

  async 'session.current'(ctx) {
    return ctx.officer ? officerView(ctx.officer) : null;
  },
};
