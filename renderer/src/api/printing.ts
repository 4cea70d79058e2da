// Printing a stored PDF: through the Electron host's printers when its bridge offers them, or
// through the browser's own print dialog (a hidden frame holding the PDF's pages) in the web
// host. Either way the renderer then logs the print with `documents.print`.
import type { DeskBridge, PrinterInfo } from '../../../shared/api/bridge';

export type { PrinterInfo };

export interface PrintOptions {
  /** A printer name from `printers()`; '' for the system's default printer. */
  printer: string;
  copies: number;
}

export interface PrintHost {
  /** 'system': the workstation's printers, chosen in our dialog; 'browser': the browser's dialog chooses. */
  readonly kind: 'system' | 'browser';
  printers(): Promise<PrinterInfo[]>;
  /** Prints, resolving to the name of the printer that took the job (logged with the print). */
  print(pdfBase64: string, options: PrintOptions): Promise<string>;
}

/** The printer name logged for prints made through the browser's dialog. */
export const browserPrinter = 'browser';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type PrintingBridge = DeskBridge & Required<Pick<DeskBridge, 'printers' | 'print'>>;

/** The Electron host's printers through the preload bridge (`window.api.printers/print`). */
export function systemPrintHost(bridge: PrintingBridge): PrintHost {
  return {
    kind: 'system',
    printers: () => bridge.printers(),
    async print(pdfBase64, { printer, copies }) {
      const outcome = await bridge.print({ pdfBase64, printer: printer || null, copies });
      if (!outcome.ok) throw new Error(outcome.error ?? outcome.printer);
      return outcome.printer;
    },
  };
}

/**
 * The browser's print dialog on the document: pdf.js draws each page of the PDF at 300 dpi, and
 * a hidden same-origin frame (a blob: URL) holds those pages at the form's real size and is
 * asked to print. Not the PDF itself in the frame: that depends on the browser's PDF viewer,
 * which office policy often turns off (the frame would download the file instead), and printing
 * it crashes headless Chromium. The frame stays until the next print (removing it at once would
 * close the dialog in some browsers).
 */
export function browserPrintHost(doc: Document = document, loadTimeoutMs = 15_000): PrintHost {
  let previous: { frame: HTMLIFrameElement; urls: string[] } | null = null;
  return {
    kind: 'browser',
    printers: async () => [{ name: browserPrinter, displayName: browserPrinter, isDefault: true }],
    async print(pdfBase64) {
      if (previous) {
        previous.frame.remove();
        previous.urls.forEach((url) => URL.revokeObjectURL(url));
        previous = null;
      }
      const { printDocumentHtml, rasterizePdf } = await import('./pdfRaster');
      const pages = await rasterizePdf(pdfBase64);
      const url = URL.createObjectURL(new Blob([printDocumentHtml(pages, doc.title)], { type: 'text/html' }));
      const frame = doc.createElement('iframe');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.dataset['printFrame'] = '';
      Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0', opacity: '0' });
      previous = { frame, urls: [url, ...pages.map((p) => p.url)] };
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the document did not load for printing')), loadTimeoutMs);
        frame.addEventListener('load', () => {
          const target = frame.contentWindow;
          const images = Array.from(frame.contentDocument?.images ?? []);
          void Promise.all(images.map((image) => image.decode().catch(() => undefined))).then(() => {
            clearTimeout(timer);
            try {
              if (!target) throw new Error('no print frame');
              target.focus();
              target.print();
              resolve();
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        });
        frame.src = url;
        doc.body.appendChild(frame);
      });
      return browserPrinter;
    },
  };
}

let override: PrintHost | null = null;

/** For tests: the host that `printHost()` returns (null restores detection). */
export function setPrintHost(host: PrintHost | null): void {
  override = host;
}

/** The print host of this window: Electron's printers when the bridge has them, otherwise the browser. */
export function printHost(win: Window & { api?: DeskBridge } = window): PrintHost {
  if (override) return override;
  const bridge = win.api;
  if (bridge?.printers && bridge.print) return systemPrintHost(bridge as PrintingBridge);
  return (cachedBrowserHost ??= browserPrintHost(win.document));
}

let cachedBrowserHost: PrintHost | null = null;
