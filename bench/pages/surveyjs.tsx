/**
 * The same 表三 built with SurveyJS, the usual off-the-shelf choice for such forms: a
 * matrixdropdown of 24 rows × 6 number columns, an expression column for each row's 总计, an
 * expression question per column for （七）总计, and the balance rule of each column as an
 * expression validator checked on every value change (text updates on typing).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.css';
import {
  BALANCE_LEFT,
  BALANCE_RIGHT_EXTRA,
  COLUMN_IDS,
  INPUT_COLUMNS,
  INPUT_ROWS,
  RESULT_ROWS,
  cellName,
} from './grid-shape';

const sumOf = (refs: readonly string[]) => `sum(${refs.map((r) => `{${r}}`).join(', ')})`;

const survey = new Model({
  textUpdateMode: 'onTyping',
  checkErrorsMode: 'onValueChanged',
  showQuestionNumbers: 'off',
  elements: [
    {
      type: 'matrixdropdown',
      name: 'requests',
      title: '三、收到和处理政府信息公开申请情况',
      columns: [
        ...INPUT_COLUMNS.map((c) => ({
          name: c.id,
          title: c.label,
          cellType: 'text',
          inputType: 'number',
          min: 0,
        })),
        {
          name: 'total',
          title: '总计',
          cellType: 'expression',
          expression: sumOf(COLUMN_IDS.map((c) => `row.${c}`)),
        },
      ],
      rows: INPUT_ROWS.map((r) => ({ value: r.id, text: r.label })),
      validators: COLUMN_IDS.map((c, i) => ({
        type: 'expression',
        expression: `${sumOf(BALANCE_LEFT.map((r) => `requests.${r}.${c}`))} = ${sumOf(
          [...RESULT_ROWS, ...BALANCE_RIGHT_EXTRA].map((r) => `requests.${r}.${c}`),
        )}`,
        text: `勾稽关系（${INPUT_COLUMNS[i]?.label ?? c}列）：第一项加第二项之和不等于第三项加第四项之和`,
      })),
    },
    ...INPUT_COLUMNS.map((c) => ({
      type: 'expression',
      name: `resultTotal_${c.id}`,
      title: `（七）总计 / ${c.label}`,
      expression: sumOf(RESULT_ROWS.map((r) => `requests.${r}.${c.id}`)),
    })),
  ],
});

survey.data = {
  requests: Object.fromEntries(
    INPUT_ROWS.map((r) => [r.id, Object.fromEntries(COLUMN_IDS.map((c) => [c, 0]))]),
  ),
};

// Give the cells the same data-path hooks as the app's grid, so one harness drives all three.
survey.onAfterRenderMatrixCell.add((_sender, options) => {
  const rowId = String(options.row.rowName);
  const columnId = options.cell.column?.name ?? '';
  const path = `requests.${rowId}.${columnId}`;
  if (columnId === 'total') {
    options.htmlElement.dataset.path = path;
    return;
  }
  const input = options.htmlElement.querySelector('input');
  if (input) {
    input.dataset.path = path;
    const label = INPUT_COLUMNS.find((c) => c.id === columnId)?.label ?? columnId;
    input.setAttribute('aria-label', cellName(rowId, label));
  }
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <Survey model={survey} />
  </StrictMode>,
);
