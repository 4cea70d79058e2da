// Printing for the desktop host: lists the system's printers and prints a stored PDF — the
// exact bytes the core archived — on a chosen printer with a number of copies. Requests are
// validated like any input; only our renderer's windows may ask.
import type { IpcMainInvokeEvent, PrinterInfo as ElectronPrinter, WebContents } from 'electron';
import { z } from 'zod';
import { hostChannels, type PrinterInfo, type PrintOutcome } from '../../shared/api/bridge';
import { trustedConnection, type IpcMainLike, type SenderCheck } from './ipc';

export const printRequestSchema = z
  .object({
    // 20 MB of PDF is far beyond any form of the service.
    pdfBase64: z.string().min(8).max(28_000_000).regex(/^[A-Za-z0-9+/]+=*$/),
    printer: z.string().min(1).max(200).nullable(),
    copies: z.number().int().min(1).max(20),
  })
  .strict();

export interface PrintingHost extends SenderCheck {
  ipcMain: IpcMainLike;
  /** Prints a PDF file (already written to disk) and resolves when the job was handed over. */
  printPdf(pdf: Buffer, options: { printer: string | null; copies: number }): Promise<PrintOutcome>;
}

export const toPrinterInfo = (printers: ElectronPrinter[]): PrinterInfo[] =>
  printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: Boolean((p as { isDefault?: boolean }).isDefault) }));

export function bindPrinting(host: PrintingHost): () => void {
  const refuse = (): never => {
    throw new Error('untrusted sender');
  };
  host.ipcMain.handle(hostChannels.printers, async (event: IpcMainInvokeEvent) => {
    if (!trustedConnection(event, host)) refuse();
    return toPrinterInfo(await (event.sender as WebContents).getPrintersAsync());
  });
  host.ipcMain.handle(hostChannels.print, async (event: IpcMainInvokeEvent, raw: unknown) => {
    if (!trustedConnection(event, host)) refuse();
    const parsed = printRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, printer: '', error: 'invalid print request' } satisfies PrintOutcome;
    const { pdfBase64, printer, copies } = parsed.data;
    const pdf = Buffer.from(pdfBase64, 'base64');
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return { ok: false, printer: printer ?? '', error: 'not a PDF' } satisfies PrintOutcome;
    return host.printPdf(pdf, { printer, copies });
  });
  return () => {
    host.ipcMain.removeHandler(hostChannels.printers);
    host.ipcMain.removeHandler(hostChannels.print);
  };
}
