// A console logger for the hosts: one JSON line per event, so logs can be grepped and parsed.
import type { Logger } from './context';

function line(level: string, message: string, data?: Record<string, unknown>): string {
  return JSON.stringify({ at: new Date().toISOString(), level, message, ...data });
}

export const consoleLogger: Logger = {
  info: (message, data) => console.log(line('info', message, data)),
  warn: (message, data) => console.warn(line('warn', message, data)),
  error: (message, data) => console.error(line('error', message, data)),
};
