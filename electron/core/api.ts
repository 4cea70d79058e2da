// The handler map that implements shared/api: one entry per contract name, checked by the compiler.
import type { Handlers } from './context';
import { appHandlers } from './handlers/app';
import { auditHandlers } from './handlers/audit';
import { caseHandlers } from './handlers/cases';
import { documentHandlers } from './handlers/documents';
import { intakeHandlers } from './handlers/intake';
import { processingHandlers } from './handlers/processing';
import { settingsHandlers } from './handlers/settings';
import { sessionHandlers } from './handlers/session';
import { syncHandlers } from './handlers/sync';

export const handlers: Handlers = {
  ...appHandlers,
  ...sessionHandlers,
  ...caseHandlers,
  ...auditHandlers,
  ...documentHandlers,
  ...intakeHandlers,
  ...processingHandlers,
  ...settingsHandlers,
  ...syncHandlers,
};
