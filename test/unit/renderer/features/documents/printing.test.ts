// The print host: Electron's printers when the preload offers them (a refused job is an error),
// the browser's dialog otherwise; the print document keeps each page at the form's real size.
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskBridge, PrintRequest } from '../../../../../shared/api/bridge';
import { base64ToBytes, browserPrinter, printHost, setPrintHost } from '../../../../../renderer/src/api/printing';
import { printDocumentHtml } from '../../../../../renderer/src/api/pdfRaster';

function bridge(outcome: { ok: boolean; printer: string; error?: string }) {
  const requests: PrintRequest[] = [];
  const api: DeskBridge = {
    invoke: async () => ({ ok: true, value: null }),
    printers: async () => [{ name: 'Kyocera-1', displayName: 'Kyocera 1', isDefault: true }],
    print: async (request) => {
      requests.push(request);
      return outcome;
    },
  };
  return { api, requests };
}

describe('print host', () => {
  afterEach(() => setPrintHost(null));

  it('uses the Electron bridge when it has printers, and reports the printer that took the job', async () => {
    const { api, requests } = bridge({ ok: true, printer: 'Kyocera-1' });
    const host = printHost(Object.assign(Object.create(window) as Window, { api }));
    expect(host.kind).toBe('system');
    expect(await host.printers()).toEqual([{ name: 'Kyocera-1', displayName: 'Kyocera 1', isDefault: true }]);
    expect(await host.print('JVBERi0=', { printer: '', copies: 2 })).toBe('Kyocera-1');
    expect(requests).toEqual([{ pdfBase64: 'JVBERi0=', printer: null, copies: 2 }]);
  });

  it('turns a refused job into an error with its reason', async () => {
    const { api } = bridge({ ok: false, printer: 'Kyocera-1', error: 'printer offline' });
    const host = printHost(Object.assign(Object.create(window) as Window, { api }));
    await expect(host.print('JVBERi0=', { printer: 'Kyocera-1', copies: 1 })).rejects.toThrow('printer offline');
  });

  it('falls back to the browser dialog without a printing bridge (the web host)', async () => {
    const host = printHost(Object.assign(Object.create(window) as Window, { api: undefined }));
    expect(host.kind).toBe('browser');
    expect(await host.printers()).toEqual([{ name: browserPrinter, displayName: browserPrinter, isDefault: true }]);
  });

  it('decodes base64 to the PDF bytes', () => {
    expect(Array.from(base64ToBytes(btoa('%PDF')))).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('lays out the print document page by page at the page size, without margins', () => {
    const html = printDocumentHtml(
      [
        { url: 'blob:a', widthMm: 70, heightMm: 40 },
        { url: 'blob:b', widthMm: 70, heightMm: 40 },
      ],
      'Талон <1>',
    );
    expect(html).toContain('@page{size:70.00mm 40.00mm;margin:0}');
    expect(html).toContain('<title>Талон &lt;1&gt;</title>');
    expect(html.match(/<img src="blob:[ab]" alt="" style="width:70.00mm;height:40.00mm">/g)).toHaveLength(2);
  });
});
