/**
 * What was read, beside what it was read from: the source text on the left; on the right the
 * report's identity, its three tables with problem cells marked, excerpts of the narrative, and
 * every problem — the reading's own account first, then the consistency checks.
 */
import { describeLocation } from '@/domain/checks/describe-location';
import { locationPath, type Finding } from '@/domain/checks/finding';
import type { ReadingProblem } from '@/domain/parse/reading';
import { AGENCY_KINDS } from '@/domain/report/report-schema';
import { SECTIONS } from '@/domain/report/sections';
import type { SourceReading } from './read-published-source';
import { ReadingTables, type ProblemsByPath } from './reading-tables';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function problemsByPath(
  account: readonly ReadingProblem[],
  findings: readonly Finding[],
): ProblemsByPath {
  const map = new Map<string, { severity: 'error' | 'warning' | 'info'; messages: string[] }>();
  const add = (path: string, severity: 'error' | 'warning' | 'info', message: string) => {
    const entry = map.get(path);
    if (!entry) map.set(path, { severity, messages: [message] });
    else {
      if (!entry.messages.includes(message)) entry.messages.push(message);
      if (SEVERITY_ORDER[severity] < SEVERITY_ORDER[entry.severity]) entry.severity = severity;
    }
  };
  for (const a of account) if (a.location) add(locationPath(a.location), a.severity, a.message);
  for (const f of findings) {
    add(locationPath(f.location), f.severity, f.message);
    for (const r of f.related) add(locationPath(r), f.severity, f.message);
  }
  return map;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}……` : flat;
}

export function ReadingPreview({ source }: { source: SourceReading }) {
  const { report, account } = source.reading;
  const findings = [...source.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  // A printed total that disagrees is in the account and in the checks: list it once.
  const accountTotals = new Set(
    account
      .filter((a) => a.rule && a.location)
      .map((a) => `${a.rule}|${a.location ? locationPath(a.location) : ''}`),
  );
  const shownFindings = findings.filter(
    (f) => !accountTotals.has(`${f.rule}|${locationPath(f.location)}`),
  );
  const problems = problemsByPath(account, findings);
  const kindLabel =
    AGENCY_KINDS.find((k) => k.id === report.agencyKind)?.label ?? report.agencyKind;
  const narratives = SECTIONS.filter((s) => s.kind === 'narrative');

  return (
    <div className="reading">
      <section className="reading-source" aria-label={`原文：${source.name}`}>
        <h3>原文（{source.name}）</h3>
        <pre tabIndex={0}>{source.sourceText}</pre>
      </section>
      <section className="reading-result" aria-label="读取结果">
        <h3>读取结果</h3>
        <dl className="reading-meta">
          <dt>机关名称</dt>
          <dd>{report.agency || '（未读到）'}</dd>
          <dt>机关类别</dt>
          <dd>{kindLabel}（按名称推断）</dd>
          <dt>报告年度</dt>
          <dd>{report.year}年</dd>
          <dt>落款</dt>
          <dd>
            {[report.signature.agency, report.signature.date].filter(Boolean).join(' ') ||
              '（未读到）'}
          </dd>
          <dt>发布日期</dt>
          <dd>{report.publishedAt ?? '（未读到）'}</dd>
        </dl>
        <section aria-label="发现的问题" className="reading-problems">
          <h4>读取说明（{account.length}）</h4>
          {account.length === 0 ? (
            <p>全部内容都已按模板读入。</p>
          ) : (
            <ul>
              {account.map((a, i) => (
                <li key={i} className={`problem problem-${a.severity}`}>
                  <span className="problem-severity">{SEVERITY_NAMES[a.severity]}</span> {a.message}
                </li>
              ))}
            </ul>
          )}
          <h4>核对结果（{shownFindings.length}）</h4>
          {shownFindings.length === 0 ? (
            <p>没有发现不符合规则的地方。</p>
          ) : (
            <ul>
              {shownFindings.map((f) => (
                <li key={f.key} className={`problem problem-${f.severity}`}>
                  <span className="problem-severity">{SEVERITY_NAMES[f.severity]}</span>{' '}
                  {describeLocation(f.location)}：{f.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <ReadingTables report={report} problems={problems} />
        <dl className="reading-narrative">
          {narratives.map((s) => (
            <div key={s.id}>
              <dt>{s.heading}</dt>
              <dd>{report[s.id] ? excerpt(report[s.id]) : '（未读到）'}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
