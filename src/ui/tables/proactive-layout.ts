/**
 * 表二 as the editors' shared layout: one layout row per 信息内容 row, in printed order, and
 * the read/write of each of its 10 cells inside `report.proactive`.
 */
import { locationPath } from '@/domain/checks/finding';
import {
  DOCUMENT_COUNTS,
  DOCUMENT_KINDS,
  PROACTIVE_CELLS,
  PROACTIVE_GROUPS,
  PROACTIVE_SCALARS,
  proactiveCellName,
} from '@/domain/report/proactive-table';
import type { Cell, Proactive } from '@/domain/report/report-schema';
import { createTableLayout, type LayoutCell } from './table-layout';

export type ProactiveCell = (typeof PROACTIVE_CELLS)[number];

export function proactiveCellPath(cell: ProactiveCell): string {
  return locationPath({ kind: 'proactive', cell: cell.id });
}

interface Accessor {
  read: (value: Proactive) => Cell;
  write: (value: Proactive, cell: Cell) => Proactive;
}

const ACCESSORS = new Map<string, Accessor>();
for (const kind of DOCUMENT_KINDS) {
  for (const count of DOCUMENT_COUNTS) {
    ACCESSORS.set(locationPath({ kind: 'proactive', cell: `${kind}.${count}` }), {
      read: (p) => p[kind][count],
      write: (p, v) => ({ ...p, [kind]: { ...p[kind], [count]: v } }),
    });
  }
}
for (const scalar of PROACTIVE_SCALARS) {
  ACCESSORS.set(locationPath({ kind: 'proactive', cell: scalar }), {
    read: (p) => p[scalar],
    write: (p, v) => ({ ...p, [scalar]: v }),
  });
}

function accessor(path: string): Accessor {
  const found = ACCESSORS.get(path);
  if (!found) throw new Error(`not a 表二 cell: ${path}`);
  return found;
}

export const readProactiveCell = (value: Proactive, path: string): Cell =>
  accessor(path).read(value);
export const writeProactiveCell = (value: Proactive, path: string, cell: Cell): Proactive =>
  accessor(path).write(value, cell);

/** A printed group (bordered block) with its 信息内容 rows and their cells. */
export interface ProactiveBlock {
  group: (typeof PROACTIVE_GROUPS)[number];
  rows: { label: string; cells: { def: ProactiveCell; layout: LayoutCell }[] }[];
}

export const PROACTIVE_BLOCKS: readonly ProactiveBlock[] = PROACTIVE_GROUPS.map((group) => {
  const rows: ProactiveBlock['rows'] = [];
  for (const def of PROACTIVE_CELLS) {
    if (def.group !== group.id) continue;
    let row = rows.find((r) => r.label === def.row);
    if (!row) {
      row = { label: def.row, cells: [] };
      rows.push(row);
    }
    const name = proactiveCellName(def);
    row.cells.push({
      def,
      layout: {
        path: proactiveCellPath(def),
        name,
        place: `“${name}”`,
        kind: def.unit === '万元' ? 'amount' : 'count',
        derived: false,
      },
    });
  }
  return { group, rows };
});

export const PROACTIVE_LAYOUT = createTableLayout(
  PROACTIVE_BLOCKS.flatMap((b) => b.rows.map((r) => r.cells.map((c) => c.layout))),
);
