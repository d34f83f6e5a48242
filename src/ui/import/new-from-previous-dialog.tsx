// PLACEHOLDER (owned by the import work).
export interface NewFromPreviousDialogProps {
  onClose: () => void;
  onCreated: (draftId: string) => void;
  /** Start from this existing draft (year N−1) instead of asking for a file. */
  sourceDraftId?: string;
}

export function NewFromPreviousDialog(_props: NewFromPreviousDialogProps) {
  return null;
}
