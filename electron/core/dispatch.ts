// The core's single entry point for both hosts: checks the name, validates the input with the
// contract's schema, resolves the acting officer from the connection's session, enforces the
// access rule, runs the handler and returns a Result. Nothing unvalidated reaches a handler;
// nothing thrown escapes as anything but a kk/ru error.
import { apiError, contract, describeIssues, DeskError, fail, ok, type ApiName, type Result } from '../../shared/api';
import { appendAudit, auditCount } from './audit/auditLog';
import { connectionSession } from './auth/sessions';
import type { AuditWrite, Connection, CoreDeps, HandlerContext, Handlers, Officer } from './context';

export type Dispatch = (connection: Connection, name: string, input: unknown) => Promise<Result<unknown>>;

const isApiName = (name: string): name is ApiName => Object.prototype.hasOwnProperty.call(contract, name);

export function createDispatcher(deps: CoreDeps, handlers: Handlers): Dispatch {
  const { db, clock, log } = deps;

  return async function dispatch(connection, name, rawInput) {
    if (typeof name !== 'string' || !isApiName(name)) {
      return fail(apiError('unknown_method', { name: String(name) }, { name: String(name).slice(0, 80) }));
    }
    const endpoint = contract[name];
    const input = rawInput === undefined ? {} : rawInput;
    const parsed = endpoint.input.safeParse(input);
    if (!parsed.success) {
      return fail(apiError('invalid_input', { issues: describeIssues(parsed.error, input) }));
    }

    const session = connectionSession(db, connection, clock.now());
    const officer: Officer | null = session.status === 'active' ? session.officer : null;
    if (endpoint.access !== 'public') {
      if (!officer) return fail(apiError(session.status === 'expired' ? 'session_expired' : 'not_signed_in'));
      if (endpoint.access !== 'signedIn' && !endpoint.access.includes(officer.role)) {
        return fail(apiError('forbidden', { role: officer.role, allowed: endpoint.access }));
      }
    }

    const ctx: HandlerContext = {
      ...deps,
      connection,
      officer,
      actor() {
        if (!officer) throw new DeskError('not_signed_in');
        return officer;
      },
      write(fn) {
        return db
          .transaction(() => {
            const audit: AuditWrite = (entry) => appendAudit(db, { officerId: officer?.id ?? null, ...entry }, clock.now());
            return fn(audit);
          })
          .immediate();
      },
    };

    try {
      const auditBefore = endpoint.mutates ? auditCount(db) : 0;
      const handler = handlers[name] as (ctx: HandlerContext, input: unknown) => Promise<unknown>;
      const value = await handler(ctx, parsed.data);
      if (endpoint.mutates && auditCount(db) === auditBefore) {
        // A programming error, not a user error: every change must be accountable.
        throw new Error(`mutating handler ${name} wrote no audit entry`);
      }
      return ok(value);
    } catch (error) {
      if (error instanceof DeskError) return fail(error.toApiError());
      log.error('handler failed', { name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return fail(apiError('internal'));
    }
  };
}
