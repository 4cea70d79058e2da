// All message modules merged into one catalog per language. Each area owns its own module
// in messages/; a test fails on a key missing in a language or defined by two modules.
import { appMessages } from './messages/app';
import { errorsMessages } from './messages/errors';

export const messageModules = {
  app: appMessages,
  errors: errorsMessages,
} as const;

const kk = { ...appMessages.kk, ...errorsMessages.kk };

export type MessageKey = keyof typeof kk;

export const catalogKk: Record<MessageKey, string> = kk;
export const catalogRu: Record<MessageKey, string> = { ...appMessages.ru, ...errorsMessages.ru };
