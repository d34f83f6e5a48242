/**
 * 打印 / 另存为 PDF: the exported HTML page, printed from a hidden frame, so what is printed is
 * exactly the file that would be published (same tables, A4 print styles, 「草稿」 marks). The
 * frame is sandboxed without scripts; only the app calls print() on it.
 */
import { renderReportHtml } from '../domain/document/render-report-html';
import type { ExportStatus } from '../domain/report/exchange';
import type { Report } from '../domain/report/report-schema';

/** The accessible name of the print frame (one at a time, replaced by the next print). */
export const PRINT_FRAME_TITLE = '打印用的报告页面';

/**
 * Opens the browser's print dialog for the report; the user prints it or chooses 「另存为
 * PDF」. Resolves once the dialog was opened (Chrome returns from print() when it closes).
 */
export function printReport(report: Report, status: ExportStatus): Promise<void> {
  document.querySelector(`iframe[title="${PRINT_FRAME_TITLE}"]`)?.remove();
  const frame = document.createElement('iframe');
  frame.title = PRINT_FRAME_TITLE;
  // allow-same-origin lets the app call print() on the frame; without allow-scripts nothing in
  // the page itself can run. allow-modals is what permits a print dialog from a sandboxed frame.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Off screen but A4-wide: a zero-sized frame would lay long text out one character per line.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: '210mm',
    height: '297mm',
    border: '0',
    visibility: 'hidden',
  });
  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) {
          reject(new Error('打印页面未能打开'));
          return;
        }
        // The PDF a user saves is named after the page's <title>: the report's title.
        try {
          view.focus();
          view.print();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      { once: true },
    );
    frame.srcdoc = renderReportHtml(report, status);
    document.body.append(frame);
  });
}
