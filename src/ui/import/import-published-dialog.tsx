// PLACEHOLDER (owned by the import work).
export interface ImportPublishedDialogProps {
  onClose: () => void;
  /** The user confirmed: a new draft was created. */
  onCreated: (draftId: string) => void;
}

export function ImportPublishedDialog(_props: ImportPublishedDialogProps) {
  return null;
}
