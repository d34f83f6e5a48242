/** A file that cannot be read as a report, with the reason in words a clerk understands. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}
