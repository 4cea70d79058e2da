// sync.* and quarantine.* handlers: the sync status every officer sees, "sync now", what arrived
// with an electronic application, and the quarantine that supervisors resolve (audited in the
// same transaction as the resolution).
import { DeskError } from '../../../shared/api';
import type { HandlerMap } from '../context';
import { electronicRequestOf, listAttachments, signatureReportOf } from '../sync/attachments';
import { listQuarantine, resolveQuarantine } from '../sync/quarantine';
import { syncStatus } from '../sync/status';

type SyncName = 'sync.status' | 'sync.now' | 'sync.caseAttachments' | 'quarantine.list' | 'quarantine.resolve';

/** How long "sync now" waits for the cycle before answering with the status as it is. */
const nowWaitMs = 10_000;

export const syncHandlers: HandlerMap<SyncName> = {
  async 'sync.status'(ctx) {
    return syncStatus(ctx.db, ctx.sync, ctx.clock.now(), ctx.actor().office.code);
  },
  async 'sync.now'(ctx) {
    const officer = ctx.actor();
    let timer: NodeJS.Timeout | undefined;
    // A large first download can take minutes: the button answers, the status bar shows progress.
    await Promise.race([ctx.sync.trigger(), new Promise<void>((resolve) => (timer = setTimeout(resolve, nowWaitMs)))]);
    clearTimeout(timer);
    return syncStatus(ctx.db, ctx.sync, ctx.clock.now(), officer.office.code);
  },
  async 'sync.caseAttachments'(ctx, { caseId }) {
    const officer = ctx.actor();
    const office = ctx.db.prepare('SELECT office_id FROM cases WHERE id = ?').pluck().get(caseId) as number | undefined;
    if (office === undefined || office !== officer.officeId) throw new DeskError('not_found', { caseId });
    return { attachments: listAttachments(ctx.db, caseId), signatureReport: signatureReportOf(ctx.db, caseId), request: electronicRequestOf(ctx.db, caseId) };
  },
  async 'quarantine.list'(ctx) {
    ctx.actor();
    return listQuarantine(ctx.db);
  },
  async 'quarantine.resolve'(ctx, input) {
    const officer = ctx.actor();
    const now = ctx.clock.now();
    return ctx.write((audit) => {
      const resolved = resolveQuarantine(
        ctx.db,
        input.mutationId,
        input.action === 'discard' ? { action: 'discard', reason: input.reason } : { action: 'resubmit', note: input.note },
        officer,
        now,
        ctx.log,
      );
      audit({
        action: input.action === 'discard' ? 'quarantine.discard' : 'quarantine.resubmit',
        caseId: resolved.caseId,
        details: {
          mutationId: input.mutationId,
          ...(resolved.newMutationId ? { newMutationId: resolved.newMutationId } : {}),
          ...(input.action === 'discard' ? { reason: input.reason } : input.note ? { note: input.note } : {}),
        },
      });
      return { mutationId: resolved.mutationId, resolution: resolved.resolution, newMutationId: resolved.newMutationId };
    });
  },
};
