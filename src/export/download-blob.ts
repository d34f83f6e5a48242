/** Hands bytes or text to the browser's download under `fileName` (a Blob URL: no network). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the browser may read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
