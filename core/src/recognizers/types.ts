import type { ColumnClass } from "../model/column-class.js";
import type { EntityType } from "../model/entity-type.js";
import type { FindingFlag } from "../model/finding.js";

/** What a recognizer knows about the text it looks at. */
export interface ScanContext {
  /** the text: a cell's value, a note, a page's text node */
  text: string;
  /** the class of the column the text sits in, when it is a table cell */
  column: ColumnClass | null;
  /** a label that names the text (a form field's label, a table header on a page), if any */
  label: string | null;
  /** true when the value was stored as a number (Excel numeric cell) */
  numeric: boolean;
}

/** A recognizer's raw result, before overlap resolution and the reporting threshold. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  confidence: number;
  flags: FindingFlag[];
}

/**
 * One entity type. Most recognizers are data (a pattern, context words and a validate hook, see
 * pattern-recognizer.ts); names and addresses walk the text themselves.
 */
export interface Recognizer {
  type: EntityType;
  /** cheap test on the whole text: can this recognizer find anything in it? */
  mayMatch(text: string): boolean;
  find(ctx: ScanContext): Candidate[];
}
