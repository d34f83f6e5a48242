/**
 * The floor: 表三's 24 × 6 inputs as plain DOM, where each keystroke does exactly one row sum and
 * writes it to the row's 总计. No framework, no checks: nothing can be cheaper and still useful.
 */
import { COLUMN_IDS, INPUT_COLUMNS, INPUT_ROWS, cellName } from './grid-shape';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');

const table = document.createElement('table');
const head = table.createTHead().insertRow();
for (const label of ['', ...INPUT_COLUMNS.map((c) => c.label), '总计']) {
  const th = document.createElement('th');
  th.textContent = label;
  head.append(th);
}
const body = table.createTBody();
for (const row of INPUT_ROWS) {
  const tr = body.insertRow();
  const th = document.createElement('th');
  th.textContent = row.label;
  tr.append(th);
  const inputs: HTMLInputElement[] = [];
  const total = document.createElement('output');
  total.dataset.path = `requests.${row.id}.total`;
  total.textContent = '0';
  for (const column of INPUT_COLUMNS) {
    const input = document.createElement('input');
    input.inputMode = 'numeric';
    input.value = '0';
    input.dataset.path = `requests.${row.id}.${column.id}`;
    input.setAttribute('aria-label', cellName(row.id, column.label));
    input.addEventListener('input', () => {
      let sum = 0;
      for (const cell of inputs) sum += Number(cell.value) || 0;
      total.textContent = String(sum);
    });
    inputs.push(input);
    tr.insertCell().append(input);
  }
  tr.insertCell().append(total);
}
root.append(table);
document.body.dataset.ready = String(COLUMN_IDS.length);
