// PLACEHOLDER (owned by the tables work).
import type { Finding } from '@/domain/checks/finding';
import type { ReviewLitigation } from '@/domain/report/report-schema';

export interface ReviewTableEditorProps {
  value: ReviewLitigation;
  onChange: (next: ReviewLitigation) => void;
  findings: readonly Finding[];
  readOnly: boolean;
}

export function ReviewTableEditor(_props: ReviewTableEditorProps) {
  return null;
}
