import { describe, expect, it } from 'vitest';
import type { Finding } from '../checks/finding';
import { fullSampleReport } from './full-sample-report';
import { assessExportReadiness } from './export-readiness';
import { exportFileName } from './export-file-name';

function finding(severity: Finding['severity'], key: string): Finding {
  return {
    rule: 'matrix-balance',
    severity,
    location: { kind: 'requests', row: 'newReceived', column: 'total' },
    related: [],
    message: '…',
    key,
  };
}

const ack = { reason: '已核实', at: '2024-01-20T08:00:00.000Z' };

describe('assessExportReadiness', () => {
  it('allows a final export of a complete report without errors or open warnings', () => {
    const readiness = assessExportReadiness(
      { report: fullSampleReport(), acknowledgements: { w1: ack } },
      [finding('warning', 'w1'), finding('info', 'i1')],
    );
    expect(readiness).toEqual({
      finalAllowed: true,
      errors: 0,
      unacknowledgedWarnings: 0,
      unfilledCells: [],
      summary: '',
    });
  });

  it('names everything that blocks the final export', () => {
    const report = fullSampleReport();
    report.requests.carriedOver.research = null;
    report.proactive.feesWan = null;
    const readiness = assessExportReadiness({ report, acknowledgements: { w1: ack } }, [
      finding('error', 'e1'),
      finding('error', 'e2'),
      finding('warning', 'w1'),
      finding('warning', 'w2'),
    ]);
    expect(readiness.finalAllowed).toBe(false);
    expect(readiness.unfilledCells).toEqual([
      '表二 行政事业性收费 本年收费金额（单位：万元）',
      '表三 二、上年结转政府信息公开申请数量 / 科研机构',
    ]);
    expect(readiness.summary).toBe(
      '还有 2 个错误、1 个未确认的警告、2 个未填写的单元格，暂时只能导出草稿。',
    );
  });
});

describe('exportFileName', () => {
  it('is the report title with the format, 「（草稿）」 for drafts', () => {
    const report = { agency: '湘乡市信访局', year: 2022 };
    expect(exportFileName(report, 'final', 'json')).toBe(
      '湘乡市信访局2022年政府信息公开工作年度报告.json',
    );
    expect(exportFileName(report, 'draft', 'docx')).toBe(
      '湘乡市信访局2022年政府信息公开工作年度报告（草稿）.docx',
    );
  });

  it('replaces characters Windows forbids in file names and trims dots and spaces', () => {
    expect(
      exportFileName({ agency: ' ..a/b\\c:d*e?f"g<h>i|j\u0001', year: 2023 }, 'final', 'html'),
    ).toBe('a_b_c_d_e_f_g_h_i_j2023年政府信息公开工作年度报告.html');
  });

  it('names a report without an agency by its year', () => {
    expect(exportFileName({ agency: '', year: 2023 }, 'draft', 'html')).toBe(
      '2023年政府信息公开工作年度报告（草稿）.html',
    );
  });
});
