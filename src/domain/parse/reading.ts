/**
 * The shapes shared by every reader of a published report: the neutral blocks that HTML, .docx,
 * PDF and plain text are turned into, and the account of what could not be read exactly.
 */
import type { FindingLocation, Severity } from '../checks/finding';
import type { RuleId } from '../checks/rules';

/** One cell of a table as printed. Merged cells are expanded: copies carry `merged: true`. */
export interface TableCell {
  text: string;
  /** True for the positions a rowspan/colspan copies the cell into (the origin is false). */
  merged: boolean;
}

export type Block =
  | {
      kind: 'paragraph';
      text: string;
      /**
       * Leading offset of a visual line, in characters (PDF, plain text); null for a real
       * paragraph (HTML, Word) where indentation carries no meaning.
       */
      indent: number | null;
    }
  | { kind: 'table'; rows: TableCell[][] };

/**
 * What a source gives the parser:
 * - `paragraphs`: each paragraph block is a whole paragraph (HTML, Word, a copied web page);
 * - `lines`: each paragraph block is one visual line of wrapped text (PDF, pdftotext output),
 *   so narrative paragraphs are rebuilt from indentation and line lengths.
 */
export type LineMode = 'paragraphs' | 'lines';

export type ReadingProblemKind =
  /** Numbers that could not be put in any cell, or a cell left empty for want of them. */
  | 'unplaced'
  /** A printed label that matches no label of the template exactly (closest given). */
  | 'label'
  /** A printed total that disagrees with its parts (kept as printed). */
  | 'total'
  /** A blank, 「/」 or 「-」 cell read as 0. */
  | 'blank'
  /** Something inferred rather than read (agency kind, a layout mapping, a placement by order). */
  | 'guess'
  /** Something the source does not give (a heading, a table group, the signature). */
  | 'missing';

/** One entry of the account of a reading. */
export interface ReadingProblem {
  kind: ReadingProblemKind;
  severity: Severity;
  /** The consistency rule involved, for totals and blank cells. */
  rule: RuleId | null;
  /** The place in the report, when there is one. */
  location: FindingLocation | null;
  /** What happened, in Chinese, with the numbers and the printed text. */
  message: string;
}

export type PublishedInput =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'blocks'; blocks: Block[]; lineMode: LineMode };
