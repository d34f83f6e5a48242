// PLACEHOLDER (owned by the tables work).
import type { Finding } from '@/domain/checks/finding';
import type { Requests } from '@/domain/report/report-schema';

export interface MatrixGridProps {
  /** 表三 as it stands (derived cells may be stale; the grid shows them computed). */
  value: Requests;
  /** A cell edit or a whole paste; `reason` 'paste' for a pasted block (one undo step). */
  onChange: (next: Requests, reason: 'edit' | 'paste') => void;
  /** Findings of the whole report; the grid shows those located in 表三. */
  findings: readonly Finding[];
  readOnly: boolean;
}

export function MatrixGrid(_props: MatrixGridProps) {
  return null;
}
