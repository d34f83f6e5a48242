import { downloadBlob } from '@/export/download-blob';

/** Hands a text file to the browser's download (no network: a Blob URL). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
