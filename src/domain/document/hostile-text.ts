/**
 * Hostile text for the security tests of every export: markup that would run script, break
 * out of an element, a <style> or an XML run, control characters, unpaired surrogates and very
 * long lines. Exported files are published on government websites, so each of these must come
 * out as inert, literal text in HTML and in Word.
 */
import { computeTotals } from '../matrix/compute-totals';
import type { Report } from '../report/report-schema';
import { fullSampleReport } from './full-sample-report';

export const HOSTILE_LINES = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<a href="javascript:window.__pwned = 1">点击查看</a>',
  '</style><script>window.__pwned = 1</script><style>',
  '"><svg onload="window.__pwned = 1"></svg>',
  "' onmouseover='window.__pwned = 1",
  '</p></td></tr></table></article><h1>伪造的标题</h1><table><tr><td>',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned = 1">',
  '<style>body { display: none }</style>',
  '<!-- 未结束的注释',
  '<![CDATA[ ]]> </w:t></w:r></w:p><w:p><w:r><w:t>伪造段落',
  '&amp; &lt;b&gt; &#60;script&#62; 应原样显示',
  `控制字符\u0000\u0001\u0007\u001b[31m\u007f\u0085\uFFFE\uFFFF结束`,
  `孤立代理项\uD800与\uDC00之后`,
  `很长的一行${'A'.repeat(20000)}`,
  `很长的中文${'长'.repeat(5000)}`,
] as const;

const HOSTILE_TEXT = HOSTILE_LINES.join('\n\n');
/** Names are limited to 200 characters by the schema; this one still carries markup. */
export const HOSTILE_NAME =
  '<script>window.__pwned = 1</script>"><img src=x onerror=alert(1)>某局&amp;';

/** The full sample with hostile text in every text field (names, 前言, the three narratives). */
export function hostileReport(): Report {
  const report = fullSampleReport();
  return computeTotals({
    ...report,
    agency: HOSTILE_NAME,
    preamble: HOSTILE_TEXT,
    overview: HOSTILE_TEXT,
    problems: HOSTILE_TEXT,
    other: HOSTILE_TEXT,
    signature: { ...report.signature, agency: HOSTILE_NAME },
  });
}
