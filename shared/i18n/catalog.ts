// All message modules merged into one catalog per language. Each area owns its own module
// in messages/; a test fails on a key missing in a language or defined by two modules.
import { adminUiMessages } from './messages/adminUi';
import { appMessages } from './messages/app';
import { errorsMessages } from './messages/errors';
import { documentsMessages } from './messages/documents';
import { intakeMessages } from './messages/intake';
import { intakeUiMessages } from './messages/intakeUi';
import { processingUiMessages } from './messages/processingUi';
import { syncMessages } from './messages/sync';
import { syncUiMessages } from './messages/syncUi';

export const messageModules = {
  app: appMessages,
  errors: errorsMessages,
  documents: documentsMessages,
  intake: intakeMessages,
  intakeUi: intakeUiMessages,
  processingUi: processingUiMessages,
  sync: syncMessages,
  syncUi: syncUiMessages,
  adminUi: adminUiMessages,
} as const;

const kk = { ...appMessages.kk, ...errorsMessages.kk, ...documentsMessages.kk, ...intakeMessages.kk, ...intakeUiMessages.kk, ...processingUiMessages.kk, ...syncMessages.kk, ...syncUiMessages.kk, ...adminUiMessages.kk };

export type MessageKey = keyof typeof kk;

export const catalogKk: Record<MessageKey, string> = kk;
export const catalogRu: Record<MessageKey, string> = { ...appMessages.ru, ...errorsMessages.ru, ...documentsMessages.ru, ...intakeMessages.ru, ...intakeUiMessages.ru, ...processingUiMessages.ru, ...syncMessages.ru, ...syncUiMessages.ru, ...adminUiMessages.ru };
