// audit.* handlers: supervisors and administrators can check the audit log's hash chain.
import { verifyAuditChain } from '../audit/auditLog';
import type { HandlerMap } from '../context';

export const auditHandlers: HandlerMap<'audit.verify'> = {
  async 'audit.verify'(ctx) {
    const check = verifyAuditChain(ctx.db);
    return check.ok
      ? { ok: true, entries: check.entries, brokenAt: null, reason: null }
      : { ok: false, entries: check.entries, brokenAt: check.brokenAt, reason: check.reason };
  },
};
