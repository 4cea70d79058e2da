// Prints a PDF through Chromium's PDF viewer in a hidden window: the file is the stored
// document's bytes, written to a private temp folder and removed afterwards.
import { BrowserWindow } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintOutcome } from '../../shared/api/bridge';

export async function printPdf(pdf: Buffer, options: { printer: string | null; copies: number }): Promise<PrintOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-print-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await window.loadFile(file);
    // The PDF viewer lays out after the load event; give it a moment before printing.
    await new Promise((resolve) => setTimeout(resolve, 800));
    return await new Promise<PrintOutcome>((resolve) =>
      window.webContents.print(
        { silent: options.printer !== null, ...(options.printer ? { deviceName: options.printer } : {}), copies: options.copies, printBackground: true },
        (ok, failureReason) => resolve({ ok, printer: options.printer ?? 'default', ...(ok ? {} : { error: failureReason }) }),
      ),
    );
  } finally {
    window.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
