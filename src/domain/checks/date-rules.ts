/**
 * dates: the report covers year N; its 落款 date lies in year N+1, from 1月1日 up to the
 * deadline of 条例第四十九条 (1月31日 for a 县级以上人民政府部门, 3月31日 for a 县级以上地方人民政府)
 * or an earlier local deadline; the portal's 发布日期 lies in the same window and not before
 * the 落款. Dates are ISO strings, so they compare as text.
 */
import { AGENCY_KINDS, type Report } from '../report/report-schema';
import type { Finding } from './finding';
import { at, makeFinding } from './make-finding';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 「2023年1月31日」. */
export function formatChineseDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The window in which a report on year N is signed and published. */
export interface PublicationWindow {
  /** N+1-01-01. */
  readonly from: string;
  /** The deadline that applies: the statutory one or an earlier local one. */
  readonly deadline: string;
  /** The statutory deadline for the agency's kind. */
  readonly statutory: string;
  /** Why the deadline is what it is, e.g. 「县级以上人民政府部门的法定期限」. */
  readonly basis: string;
}

export function publicationWindow(report: Report): PublicationWindow {
  const next = report.year + 1;
  const kind = AGENCY_KINDS.find((k) => k.id === report.agencyKind) ?? AGENCY_KINDS[0];
  const statutory = `${next}-${pad(kind.deadline.month)}-${pad(kind.deadline.day)}`;
  const from = `${next}-01-01`;
  const local = report.localDeadline;
  if (local !== null && ISO_DATE.test(local) && local >= from && local < statutory) {
    return { from, deadline: local, statutory, basis: '本地要求的发布期限' };
  }
  return { from, deadline: statutory, statutory, basis: `${kind.label}的法定期限` };
}

function windowText(window: PublicationWindow): string {
  return `${formatChineseDate(window.from)}至${formatChineseDate(window.deadline)}`;
}

/** dates: signature date, publication date and the local deadline itself. */
export function checkDates(report: Report): Finding[] {
  const findings: Finding[] = [];
  const window = publicationWindow(report);
  const span = windowText(window);
  const n = report.year;

  const local = report.localDeadline;
  if (local !== null && window.deadline !== local) {
    findings.push(
      makeFinding(
        'dates',
        at.field('localDeadline'),
        `本地发布期限${formatChineseDate(local)}不在${formatChineseDate(window.from)}至法定期限${formatChineseDate(window.statutory)}之间，已按法定期限核对`,
        { subject: 'local-deadline' },
      ),
    );
  }

  const signed = report.signature.date;
  let signedInWindow = false;
  if (signed === null) {
    findings.push(
      makeFinding('dates', at.field('signature.date'), `落款日期尚未填写，应在${span}之间`, {
        subject: 'missing',
      }),
    );
  } else if (signed < window.from) {
    findings.push(
      makeFinding(
        'dates',
        at.field('signature.date'),
        `落款日期为${formatChineseDate(signed)}，早于${formatChineseDate(window.from)}：${n}年度报告应在${span}之间落款，请核对年份`,
        { subject: 'early' },
      ),
    );
  } else if (signed > window.deadline) {
    findings.push(
      makeFinding(
        'dates',
        at.field('signature.date'),
        `落款日期为${formatChineseDate(signed)}，晚于${window.basis}${formatChineseDate(window.deadline)}`,
        { subject: 'late' },
      ),
    );
  } else {
    signedInWindow = true;
  }

  const published = report.publishedAt;
  if (published === null) return findings;
  if (published < window.from) {
    findings.push(
      makeFinding(
        'dates',
        at.field('publishedAt'),
        `发布日期为${formatChineseDate(published)}，早于${formatChineseDate(window.from)}：${n}年度报告应在${span}之间发布`,
        { subject: 'early' },
      ),
    );
  } else if (published > window.deadline) {
    findings.push(
      makeFinding(
        'dates',
        at.field('publishedAt'),
        `发布日期为${formatChineseDate(published)}，晚于${window.basis}${formatChineseDate(window.deadline)}`,
        { subject: 'late' },
      ),
    );
  } else if (signedInWindow && signed !== null && published < signed) {
    findings.push(
      makeFinding(
        'dates',
        at.field('publishedAt'),
        `发布日期${formatChineseDate(published)}早于落款日期${formatChineseDate(signed)}`,
        { subject: 'before-signature', related: [at.field('signature.date')] },
      ),
    );
  }
  return findings;
}
