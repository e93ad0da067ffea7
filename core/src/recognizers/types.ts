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
  /**
   * The shortest end at which the candidate is still whole (an address's first detail): when a stronger
   * finding overlaps its tail, it is cut back to before that finding instead of being dropped. Absent: all or nothing.
   */
  minEnd?: number;
}

/**
 * One entity type. Most recognizers are data (a pattern, context words and a validate hook, see
 * pattern-recognizer.ts); names and addresses walk the text themselves.
 */
export interface Recognizer {
  type: EntityType;
  /** cheap test on the whole text: can this recognizer find anything in it? */
  mayMatch(text: string): boolean;
  /**
   * Recognizers that report only with context (a context word, a typed column or a label) declare it,
   * so the engine skips them on texts that have none — most texts.
   */
  needsContext?: boolean;
  /** report only inside a typed column or under a label (bare local phone numbers) */
  needsColumn?: boolean;
  /**
   * The fewest digits the type can have in one run of digits (single spaces or dashes allowed between
   * them). The engine measures the longest run once per text and skips recognizers it cannot satisfy.
   */
  minDigits?: number;
  find(ctx: ScanContext): Candidate[];
}
