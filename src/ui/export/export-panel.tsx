// PLACEHOLDER (owned by the export work).
import type { Finding } from '@/domain/checks/finding';
import type { Draft } from '@/domain/report/draft-schema';

export interface ExportPanelProps {
  draft: Draft;
  findings: Finding[];
  /** A final export records itself in the draft (exportedAt); the editor passes it to storage. */
  onDraftChange: (next: Draft) => void;
}

export function ExportPanel(_props: ExportPanelProps) {
  return null;
}
