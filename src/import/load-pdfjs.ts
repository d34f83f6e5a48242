/**
 * pdf.js for the browser, loaded on first use so that the first screen stays small. Its worker
 * is bundled as an asset of the app (a Vite `?url` import), so reading a PDF works offline.
 */
import type { PdfjsLike } from './read-pdf';

let loading: Promise<PdfjsLike> | null = null;

export function loadPdfjs(): Promise<PdfjsLike> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist'),
      import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
    ]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  })();
  return loading;
}
