// settings.* handlers: read the workstation settings; administrators change them, audited.
// The running core's copy is updated in the same call, so a new window number prints at once.
import type { SettingsView } from '../../../shared/api/contracts/settings';
import type { HandlerContext, HandlerMap } from '../context';
import { officeHead } from '../processing/officeHead';
import { writeSetting } from '../settings/settings';

function view(ctx: HandlerContext): SettingsView {
  const w = ctx.workstation;
  return {
    workstationId: w.workstationId,
    workstationNo: w.workstationNo,
    windowNumber: w.windowNumber,
    stampLabel: w.stampLabel,
    officePhone: w.officePhone,
    keysDir: w.keysDir,
    officeHead: officeHead(ctx.db, ctx.actor().officeId),
  };
}

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  async 'settings.get'(ctx) {
    return view(ctx);
  },
  async 'settings.update'(ctx, change) {
    ctx.write((audit) => {
      const { officeHead: head, ...workstation } = change;
      for (const [key, value] of Object.entries(workstation) as [keyof typeof workstation, never][]) writeSetting(ctx.db, key, value);
      if (head) ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('officeHead', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(head));
      audit({ action: 'settings.update', details: { changed: Object.keys(change) } });
    });
    Object.assign(ctx.workstation, Object.fromEntries(Object.entries(change).filter(([key]) => key !== 'officeHead')));
    return view(ctx);
  },
};
