/**
 * Recognizer tests as tables, the way Presidio and validator.js write them: a text and the exact values
 * of one type that scanning it must find (none for an invalid case). Offsets are checked too: each value
 * is the text between the finding's start and end.
 */
import { describe, expect, it } from "vitest";
import { scanText, type EntityType, type ScanTextOptions } from "../../core/src/index.js";

/** [text, ...the values of the type found in it, in order] */
export type FoundRow = [text: string, ...values: string[]];

/** The values of `type` that scanText finds in `text`, after checking each finding's offsets. */
export function valuesOf(type: EntityType, text: string, opts: ScanTextOptions = {}): string[] {
  return scanText(text, opts)
    .filter((f) => f.type === type)
    .map((f) => {
      expect(text.slice(f.start, f.end), `offsets of ${f.text}`).toBe(f.text);
      return f.text;
    });
}

/** One recognizer's table: `found` rows give exactly their values; `notFound` texts give none of the type. */
export function recognizerTable(
  type: EntityType,
  table: { found: FoundRow[]; notFound: string[]; opts?: ScanTextOptions },
): void {
  describe(`${type}: found, with exact spans`, () => {
    it.each(table.found)("%s", (text, ...values) => {
      expect(valuesOf(type, text, table.opts)).toEqual(values);
    });
  });
  describe(`${type}: not found`, () => {
    it.each(table.notFound.map((t) => [t]))("%s", (text) => {
      expect(valuesOf(type, text, table.opts)).toEqual([]);
    });
  });
}
