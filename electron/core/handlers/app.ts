// app.* handlers: what the renderer needs to know about the running core.
import { demoKeyPassword, demoPassword } from '../auth/demoData';
import type { HandlerMap } from '../context';

export const appHandlers: HandlerMap<'app.info'> = {
  async 'app.info'(ctx) {
    return {
      name: 'Residency Desk',
      version: ctx.config.version,
      schemaVersion: ctx.schemaVersion,
      host: ctx.config.host,
      demo: ctx.config.demo,
      demoPassword: ctx.config.demo ? demoPassword : null,
      demoKeyPassword: ctx.config.demo ? demoKeyPassword : null,
    };
  },
};
