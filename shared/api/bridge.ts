// The one object a host exposes to the renderer as `window.api` (Electron preload): contract
// calls, plus the host's printers — printing is the one thing the desktop does that a core
// call cannot (the web host uses the browser's print dialog instead).
import type { Result } from './result';

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export interface PrintRequest {
  pdfBase64: string;
  /** null: the system's default printer. */
  printer: string | null;
  copies: number;
}

export interface PrintOutcome {
  ok: boolean;
  /** The printer the job went to. */
  printer: string;
  error?: string;
}

export interface DeskBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  printers?(): Promise<PrinterInfo[]>;
  print?(request: PrintRequest): Promise<PrintOutcome>;
}

export const hostChannels = { printers: 'host:printers', print: 'host:print' } as const;
