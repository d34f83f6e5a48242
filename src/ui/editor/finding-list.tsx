/**
 * Findings as a clerk reads them: severity, the rule's short title, the message with its
 * numbers, a link to the place to fix it, and for warnings the acknowledgement.
 */
import { memo, useId, useState, type MouseEvent } from 'react';
import { describeLocation } from '@/domain/checks/describe-location';
import type { Finding, Severity } from '@/domain/checks/finding';
import { ruleDef } from '@/domain/checks/rules';
import type { Acknowledgement } from '@/domain/report/draft-schema';
import { AcknowledgementControl } from './acknowledgement-control';

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export interface FindingActions {
  acknowledgements: Readonly<Record<string, Acknowledgement>>;
  onAcknowledge: (finding: Finding, reason: string) => void;
  onRevoke: (finding: Finding) => void;
  readOnly: boolean;
}

export interface FindingLinks {
  /** The address of the finding's place (for a real link), if the container gives one. */
  href: (finding: Finding) => string | undefined;
  /** Goes to the finding's place and focuses it. */
  go: (finding: Finding) => void;
}

/** A plain click goes through `go`; ctrl/shift/middle clicks keep the browser's meaning. */
function followLink(event: MouseEvent<HTMLAnchorElement>, go: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  go();
}

export interface FindingItemProps {
  finding: Finding;
  actions: FindingActions;
  links?: FindingLinks | undefined;
}

function FindingItemView({ finding, actions, links }: FindingItemProps) {
  const titleId = useId();
  const acknowledgement =
    finding.severity === 'warning' ? actions.acknowledgements[finding.key] : undefined;
  const place = describeLocation(finding.location);
  return (
    <li
      className={`finding finding-${finding.severity}${acknowledgement ? ' is-acknowledged' : ''}`}
    >
      <p className="finding-head" id={titleId}>
        <span className="finding-severity">{SEVERITY_LABELS[finding.severity]}</span>
        <span className="finding-rule">{ruleDef(finding.rule).title}</span>
        {links && (
          <a
            className="finding-place"
            href={links.href(finding) ?? '#'}
            aria-label={`转到 ${place}`}
            onClick={(event) => followLink(event, () => links.go(finding))}
          >
            {place}
          </a>
        )}
      </p>
      <p className="finding-message">{finding.message}</p>
      {finding.severity === 'warning' && (
        <AcknowledgementControl
          acknowledgement={acknowledgement}
          readOnly={actions.readOnly}
          describedBy={titleId}
          onAcknowledge={(reason) => actions.onAcknowledge(finding, reason)}
          onRevoke={() => actions.onRevoke(finding)}
        />
      )}
    </li>
  );
}

/** Findings are rebuilt on every keystroke; one whose text is unchanged needs no new render. */
function sameFindingItem(a: FindingItemProps, b: FindingItemProps): boolean {
  return (
    a.actions === b.actions &&
    a.links === b.links &&
    a.finding.key === b.finding.key &&
    a.finding.severity === b.finding.severity &&
    a.finding.message === b.finding.message
  );
}

export const FindingItem = memo(FindingItemView, sameFindingItem);

/** More findings of one rule than this in one list are shown folded under one line. */
const FOLD_THRESHOLD = 3;

type Entry = { kind: 'one'; finding: Finding } | { kind: 'fold'; findings: Finding[] };

/** The list's entries: findings in the order given, a rule with many findings folded. */
function entriesOf(findings: readonly Finding[]): Entry[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const entries: Entry[] = [];
  const folded = new Set<string>();
  for (const finding of findings) {
    const same = byRule.get(finding.rule) ?? [];
    if (same.length <= FOLD_THRESHOLD) entries.push({ kind: 'one', finding });
    else if (!folded.has(finding.rule)) {
      folded.add(finding.rule);
      entries.push({ kind: 'fold', findings: same });
    }
  }
  return entries;
}

function FoldedFindings(props: {
  findings: Finding[];
  actions: FindingActions;
  links?: FindingLinks | undefined;
}) {
  // The folded items are built only while open: a blank table folds some 150 of them, and
  // rebuilding those unseen on every keystroke would cost more than the whole grid.
  const [expanded, setExpanded] = useState(false);
  const first = props.findings[0];
  if (!first) return null;
  const open = props.findings.filter(
    (f) => !(f.severity === 'warning' && f.key in props.actions.acknowledgements),
  ).length;
  return (
    <li className={`finding finding-${first.severity} finding-fold`}>
      <details open={expanded} onToggle={(event) => setExpanded(event.currentTarget.open)}>
        <summary className="finding-head">
          <span className="finding-severity">{SEVERITY_LABELS[first.severity]}</span>
          <span className="finding-rule">{ruleDef(first.rule).title}</span>
          <span className="finding-fold-count">
            共 {props.findings.length} 处
            {open < props.findings.length ? `，其中 ${open} 处未确认` : ''}
          </span>
        </summary>
        {expanded && (
          <ul className="finding-list">
            {props.findings.map((finding) => (
              <FindingItem
                key={finding.key}
                finding={finding}
                actions={props.actions}
                links={props.links}
              />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}

export interface FindingListProps {
  findings: readonly Finding[];
  actions: FindingActions;
  links?: FindingLinks | undefined;
  /** Accessible name of the list, e.g. 「本部分的检查结果」. */
  label: string;
  className?: string;
}

/**
 * Findings in the order given; renders nothing when there are none. A rule with many findings
 * (say 150 blank cells of a table not filled yet) is folded under one line that opens.
 */
export function FindingList({ findings, actions, links, label, className }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul className={`finding-list ${className ?? ''}`} aria-label={label}>
      {entriesOf(findings).map((entry) =>
        entry.kind === 'one' ? (
          <FindingItem
            key={entry.finding.key}
            finding={entry.finding}
            actions={actions}
            links={links}
          />
        ) : (
          <FoldedFindings
            key={`fold@${entry.findings[0]?.rule ?? ''}`}
            findings={entry.findings}
            actions={actions}
            links={links}
          />
        ),
      )}
    </ul>
  );
}
