// The desktop printing binding with a stand-in ipcMain: only our windows may list printers or
// print; a print request is validated, must be a PDF, and reaches the printer unchanged.
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hostChannels } from '../../../../shared/api';
import { bindPrinting } from '../../../../electron/main/printing';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
const trusted = 'file:///app/out/renderer/index.html';

function setup() {
  const handlers = new Map<string, Listener>();
  const printPdf = vi.fn(async (_pdf: Buffer, options: { printer: string | null; copies: number }) => ({ ok: true, printer: options.printer ?? 'default' }));
  bindPrinting({
    ipcMain: { handle: (c, l) => handlers.set(c, l), removeHandler: (c) => handlers.delete(c) },
    printPdf,
    connectionFor: (id) => (id === 7 ? { id: 'w', session: null } : null),
    isTrustedUrl: (url) => url === trusted,
  });
  const event = (id: number, url = trusted) =>
    ({
      sender: { id, getPrintersAsync: async () => [{ name: 'HP_LaserJet', displayName: 'HP LaserJet (окно 3)', isDefault: true }] },
      senderFrame: { url, parent: null },
    }) as unknown as IpcMainInvokeEvent;
  return { handlers, printPdf, event };
}

const pdf = Buffer.from('%PDF-1.4\n%…test').toString('base64');

describe('bindPrinting', () => {
  it('lists printers for our window', async () => {
    const { handlers, event } = setup();
    expect(await handlers.get(hostChannels.printers)!(event(7))).toEqual([{ name: 'HP_LaserJet', displayName: 'HP LaserJet (окно 3)', isDefault: true }]);
  });

  it('prints the exact PDF bytes with the printer and copies asked for', async () => {
    const { handlers, printPdf, event } = setup();
    const outcome = await handlers.get(hostChannels.print)!(event(7), { pdfBase64: pdf, printer: 'HP_LaserJet', copies: 2 });
    expect(outcome).toEqual({ ok: true, printer: 'HP_LaserJet' });
    expect(printPdf.mock.calls[0]![0].toString('base64')).toBe(pdf);
    expect(printPdf.mock.calls[0]![1]).toEqual({ printer: 'HP_LaserJet', copies: 2 });
  });

  it('refuses foreign senders, bad requests and non-PDF bytes without printing', async () => {
    const { handlers, printPdf, event } = setup();
    await expect(handlers.get(hostChannels.print)!(event(8), { pdfBase64: pdf, printer: null, copies: 1 })).rejects.toThrow('untrusted');
    await expect(handlers.get(hostChannels.printers)!(event(7, 'https://evil.example/'))).rejects.toThrow('untrusted');
    expect(await handlers.get(hostChannels.print)!(event(7), { pdfBase64: pdf, printer: null, copies: 0 })).toMatchObject({ ok: false });
    const notPdf = Buffer.from('<html>').toString('base64');
    expect(await handlers.get(hostChannels.print)!(event(7), { pdfBase64: notPdf, printer: null, copies: 1 })).toMatchObject({ ok: false, error: 'not a PDF' });
    expect(printPdf).not.toHaveBeenCalled();
  });
});
