// PLACEHOLDER (owned by the tables work).
import type { Finding } from '@/domain/checks/finding';
import type { Proactive } from '@/domain/report/report-schema';

export interface ProactiveTableEditorProps {
  value: Proactive;
  onChange: (next: Proactive) => void;
  findings: readonly Finding[];
  readOnly: boolean;
}

export function ProactiveTableEditor(_props: ProactiveTableEditorProps) {
  return null;
}
