// PLACEHOLDER (owned by the export work).
export interface ImportJsonButtonProps {
  /** A new draft was created from the file. */
  onCreated: (draftId: string) => void;
}

export function ImportJsonButton(_props: ImportJsonButtonProps) {
  return null;
}
