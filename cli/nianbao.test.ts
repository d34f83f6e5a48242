import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string): string => path.resolve(repoRoot, '../shared/fixtures', name);
const work = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-'));

function nianbao(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/nianbao.mjs'), ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run starts Node and compiles TypeScript; PDF runs also load pdf.js: seconds, not ms.
describe('nianbao (spawned as `node bin/nianbao.mjs`)', { timeout: 60_000 }, () => {
  it('prints its usage in Chinese', () => {
    const run = nianbao('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nianbao import <报告文件>');
    expect(run.stdout).toContain('退出码');
  });

  it('imports the seed page to exchange JSON on stdout, reading notes on stderr', () => {
    const run = nianbao('import', fixture('seed-xiangxiang-xinfang-2022.txt'));
    expect(run.status).toBe(0);
    const file = JSON.parse(run.stdout) as {
      format: string;
      schemaVersion: number;
      report: { agency: string; year: number; signature: unknown };
    };
    expect(file.format).toBe('nianbao.report');
    expect(file.report.agency).toBe('湘乡市信访局');
    expect(file.report.signature).toEqual({ agency: '湘乡市信访局', date: '2022-01-10' });
    expect(run.stderr).toContain('机关类别');
  });

  it('imports a PDF to a file with -o and reports the printed wrong totals on stderr', () => {
    const out = path.join(work, 'hongze-2023.json');
    const run = nianbao('import', fixture('hongze-district-2023.pdf'), '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.match(/表四「[^」]+」总计印为0/g)).toHaveLength(2);
    const file = JSON.parse(readFileSync(out, 'utf8')) as {
      report: { requests: { newReceived: { total: number } } };
    };
    expect(file.report.requests.newReceived.total).toBe(21);
  });

  it('checks reports: exit 1 with errors, and --json gives { file, rule, severity, path, message }', () => {
    const run = nianbao('check', '--json', fixture('hongze-district-2023.pdf'));
    expect(run.status).toBe(1);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    const totals = rows.filter((r) => r.rule === 'review-total');
    expect(totals.map((r) => r.path)).toEqual([
      'reviewLitigation.review.total',
      'reviewLitigation.litigationAfterReview.total',
    ]);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(['file', 'message', 'path', 'rule', 'severity']);
  });

  it('checks the seed with a readable Chinese list and exit 0 (warnings only)', () => {
    const run = nianbao('check', fixture('seed-xiangxiang-xinfang-2022.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('湘乡市信访局2022年政府信息公开工作年度报告');
    expect(run.stdout).toContain('警告  [dates]');
  });

  it('checks carry-over against last year with --previous, on exchange JSON made by import', () => {
    const previous = path.join(work, 'pingtan-2023.json');
    expect(nianbao('import', fixture('pingtan-area-2023.html'), '-o', previous).status).toBe(0);
    const run = nianbao(
      'check',
      '--json',
      fixture('pingtan-area-2024.html'),
      '--previous',
      previous,
    );
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { rule: string }[];
    expect(rows.some((r) => r.rule === 'carry-over')).toBe(false);
  });

  it('expands a directory into its report files', () => {
    const dir = path.join(work, 'reports');
    mkdirSync(dir, { recursive: true });
    copyFileSync(fixture('pingtan-area-2024.html'), path.join(dir, 'a.html'));
    copyFileSync(fixture('seed-xiangxiang-xinfang-2022.txt'), path.join(dir, 'b.txt'));
    writeFileSync(path.join(dir, 'notes.md'), 'not a report');
    const run = nianbao('check', '--json', dir);
    const files = new Set(
      (JSON.parse(run.stdout) as { file: string }[]).map((r) => path.basename(r.file)),
    );
    expect(files).toEqual(new Set(['a.html', 'b.txt']));
  });

  it('reads a GB18030 text file', () => {
    const run = nianbao('import', path.join(repoRoot, 'src/import/test-files/seed-gb18030.txt'));
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { report: { agency: string } }).report.agency).toBe(
      '湘乡市信访局',
    );
  });

  it('renders exchange JSON as HTML', () => {
    const json = path.join(work, 'seed.json');
    expect(nianbao('import', fixture('seed-xiangxiang-xinfang-2022.txt'), '-o', json).status).toBe(
      0,
    );
    const html = path.join(work, 'seed.html');
    const run = nianbao('render', json, '--html', '-o', html);
    expect(run.status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('湘乡市信访局2022年政府信息公开工作年度报告');
  });

  it('renders exchange JSON as a Word file that reads back to the same numbers', () => {
    const json = path.join(work, 'huaian.json');
    expect(nianbao('import', fixture('huaian-city-2024.pdf'), '-o', json).status).toBe(0);
    const docx = path.join(work, 'huaian.docx');
    expect(nianbao('render', json, '--docx', '-o', docx).status).toBe(0);
    const back = nianbao('import', docx);
    expect(back.status).toBe(0);
    const file = JSON.parse(back.stdout) as {
      report: { requests: { newReceived: { total: number } } };
    };
    expect(file.report.requests.newReceived.total).toBe(3119);
  });

  it.each([
    [['import', 'missing.txt'], /找不到文件「missing.txt」/],
    [['check', 'missing.json'], /找不到文件/],
    [['frobnicate'], /不认识的命令/],
    [['import'], /import 需要且只需要一个报告文件/],
    [['render', 'x.json', '-o', 'y.html'], /--html 或 --docx/],
    [['check', '--bogus', 'x'], /不认识的选项/],
  ])('exits 2 with a message for bad input: %j', (args, message) => {
    const run = nianbao(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 for a JSON that is not a report and for an unreadable encoding', () => {
    writeFileSync(path.join(work, 'other.json'), '{"hello": 1}');
    const notReport = nianbao('check', 'other.json');
    expect(notReport.status).toBe(2);
    expect(notReport.stderr).toContain('不是年报导出的报告文件');
    writeFileSync(path.join(work, 'garbled.txt'), Buffer.from([0xff, 0xff, 0xff, 0x80, 0x41]));
    const garbled = nianbao('import', 'garbled.txt');
    expect(garbled.status).toBe(2);
    expect(garbled.stderr).toContain('无法识别文件的文字编码');
  });
});
