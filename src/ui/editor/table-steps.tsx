/**
 * The three table steps. Each table is one controlled value of the report form (useController),
 * so a whole paste into 表三 is one change, passed on with its reason ('paste').
 */
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { useController, useFormContext, useFormState } from 'react-hook-form';
import { describeLocation } from '@/domain/checks/describe-location';
import type { Finding } from '@/domain/checks/finding';
import { MATRIX_BALANCE_NOTE } from '@/domain/matrix/matrix-table';
import type { Report } from '@/domain/report/report-schema';
import { MatrixGrid } from '@/ui/tables/matrix-grid';
import { ProactiveTableEditor } from '@/ui/tables/proactive-table-editor';
import { ReviewTableEditor } from '@/ui/tables/review-table-editor';
import type { CellTexts } from '@/ui/tables/use-table-editing';
import { locationOfPath } from './location-of-path';
import { FindingList, type FindingActions, type FindingLinks } from './finding-list';
import { issuePath, useWithChangeReason, type ReportFormValues } from './report-form';
import { shareStructure } from '@/ui/share-structure';

export interface TableStepProps {
  /**
   * The report as last handed on. The table's value keeps its objects wherever it equals this
   * report's table, so that the editor re-renders only the rows a change touched.
   */
  report: Report;
  /** Findings of the whole report: the table editors show those in their own table. */
  allFindings: readonly Finding[];
  /** Findings located in this table, listed under it. */
  findings: readonly Finding[];
  actions: FindingActions;
  links: FindingLinks;
  readOnly: boolean;
  /** Cell texts kept as typed (not numbers), owned by the editor so that leaving the step keeps them. */
  texts: CellTexts;
  onTextsChange: (texts: CellTexts) => void;
}

export type TableName = 'proactive' | 'requests' | 'reviewLitigation';

/** Shape errors inside one table (a value beyond any real figure), listed in Chinese. */
function TableShapeErrors({ name }: { name: TableName }) {
  const { control } = useFormContext<ReportFormValues>();
  const { errors } = useFormState({ control, name });
  const messages: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return;
    if ('message' in node && typeof node.message === 'string') {
      const location = locationOfPath(issuePath(path));
      messages.push(`${location ? describeLocation(location) : issuePath(path)}：${node.message}`);
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'ref') walk(child, [...path, key]);
    }
  };
  walk(errors[name], [name]);
  if (messages.length === 0) return null;
  return (
    <div className="field-error table-shape-errors" role="alert">
      <p>表格中有无法保存的数值，已保留上一次的有效值：</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

/** The step's findings under its table; renders again only when they (or their actions) change. */
const StepFindings = memo(function StepFindings({
  findings,
  actions,
  links,
}: Pick<TableStepProps, 'findings' | 'actions' | 'links'>) {
  return (
    <FindingList
      findings={findings}
      actions={actions}
      links={links}
      label="本表的检查结果"
      className="step-findings"
    />
  );
});

/** What a table editor needs from its step: the table's value and the way to change it. */
interface TableEditorWiring<N extends TableName> {
  value: ReportFormValues[N];
  onChange: (next: ReportFormValues[N], reason: 'edit' | 'paste') => void;
  findings: readonly Finding[];
  readOnly: boolean;
  texts: CellTexts;
  onTextsChange: (texts: CellTexts) => void;
}

/** One table step: its explanation, the editor wired to the form, shape errors and findings. */
function TableStep<N extends TableName>({
  name,
  intro,
  renderEditor,
  ...props
}: TableStepProps & {
  name: N;
  intro: ReactNode;
  renderEditor: (wiring: TableEditorWiring<N>) => ReactNode;
}) {
  const { control } = useFormContext<ReportFormValues>();
  const { field } = useController({ control, name });
  const withReason = useWithChangeReason();
  const fieldChange = field.onChange;
  const onChange = useCallback(
    (next: ReportFormValues[N], reason: 'edit' | 'paste') =>
      withReason(reason, () => fieldChange(next)),
    [withReason, fieldChange],
  );
  // The form hands out a fresh copy of the table on every change; the report's objects replace
  // every part of it that did not change.
  const section = props.report[name];
  const value = useMemo(
    // safe: useController over `name` yields exactly that part of the report
    () => shareStructure(field.value as ReportFormValues[N], section),
    [field.value, section],
  );
  return (
    <div className="table-step">
      <p className="step-intro">{intro}</p>
      {renderEditor({
        value,
        onChange,
        findings: props.allFindings,
        readOnly: props.readOnly,
        texts: props.texts,
        onTextsChange: props.onTextsChange,
      })}
      <TableShapeErrors name={name} />
      <StepFindings findings={props.findings} actions={props.actions} links={props.links} />
    </div>
  );
}

export function ProactiveStep(props: TableStepProps) {
  return (
    <TableStep
      {...props}
      name="proactive"
      intro="按《中华人民共和国政府信息公开条例》第二十条填写本年度主动公开的情况。件数填整数，没有的填0；规章和行政规范性文件的件数宜与司法行政部门核对一致；「处理决定数量」包括全部处理决定，不论是否公开；行政事业性收费金额以万元为单位，可有小数。"
      renderEditor={(wiring) => <ProactiveTableEditor {...wiring} />}
    />
  );
}

export function RequestsStep(props: TableStepProps) {
  return (
    <TableStep
      {...props}
      name="requests"
      intro={`按申请人类别逐项填写本年度收到和处理政府信息公开申请的件数；总计列和「（七）总计」由系统计算。每件申请只计入一种办理结果（部分公开的只计「（二）部分公开」）。每一列应满足：${MATRIX_BALANCE_NOTE.replace(/^（|）$/g, '')}。可从 Excel 或 Word 表格复制整块数据粘贴。`}
      renderEditor={(wiring) => <MatrixGrid {...wiring} />}
    />
  );
}

export function ReviewLitigationStep(props: TableStepProps) {
  return (
    <TableStep
      {...props}
      name="reviewLitigation"
      intro="填写本年度因政府信息公开引起的行政复议、行政诉讼案件数，按结果维持、结果纠正、其他结果、尚未审结分列；行政诉讼分「未经复议直接起诉」和「复议后起诉」两组。各组总计由系统计算。没有的填0。"
      renderEditor={(wiring) => <ReviewTableEditor {...wiring} />}
    />
  );
}
