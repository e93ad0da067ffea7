import { maskValue, type EntityType, type Finding } from "@tuomin/core";

/** Where a finding sits on the page: in a text node, in a form field's value, in an editable area. */
export type FindingKind = "text" | "field" | "editable";

/** A piece of personal data on the page. `text` (the raw value) stays in the page's memory only. */
export interface PageFinding {
  id: number;
  type: EntityType;
  confidence: number;
  kind: FindingKind;
  /** the text node, or the input/textarea/select */
  node: Text | HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  /** offsets in the node's data / value */
  start: number;
  end: number;
  text: string;
  /** masked for display (standard level), computed when first needed: see previewOf */
  preview?: string;
  /** the field's label or the column's header */
  label: string | null;
}

export type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the side panel sees: counts and masked previews, never a raw value. */
export interface FindingSummary {
  id: number;
  type: EntityType;
  kind: FindingKind;
  preview: string;
  label: string | null;
}

/** The finding's value masked at the standard level (computed once). */
export const previewOf = (f: PageFinding): string => (f.preview ??= maskValue(f.type, f.text));

export const summarize = (f: PageFinding): FindingSummary => ({
  id: f.id,
  type: f.type,
  kind: f.kind,
  preview: previewOf(f),
  label: f.label,
});

export type RawFinding = Pick<Finding, "type" | "start" | "end" | "confidence" | "text">;
