// pdf.js as the renderer uses it (through react-pdf's copy, so that the viewer and the print
// rasterizer share one worker setup): the worker is bundled by Vite and served from the app's
// own origin (CSP worker-src 'self'); no WebAssembly (the CSP has no 'wasm-unsafe-eval').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfjs } from 'react-pdf';

// Vite's `?url` import: the worker file is emitted as an asset and this is its URL. (The
// `new URL('pdfjs-dist/…', import.meta.url)` form lost its URL once this module became a chunk
// shared by the viewer and the print rasterizer.)
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export { pdfjs };

export const pdfjsOptions = { useWasm: false } as const;
