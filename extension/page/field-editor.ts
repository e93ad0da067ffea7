import { maskValue, type EntityType } from "@tuomin/core";
import { previewOf, type FieldElement, type PageFinding } from "./page-finding.js";
import type { TextFinding } from "./dom-scanner.js";
import { fieldLabel } from "./labels.js";

/** One field changed: what the change log needs (the original is fingerprinted, never stored). */
export interface FieldChange {
  url: string;
  field: string;
  selector: string;
  type: EntityType;
  action: "mask" | "delete";
  level?: "standard";
  original: string;
  preview: string;
  after: string;
}

/**
 * Sets a field the way a user typing would: the prototype's native value setter (so React's value
 * tracker, Vue's v-model and Angular's forms all see a change), then input and change events.
 */
export function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, "value")?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Replace a span of an editable area through the editing commands (the editor's undo and model follow). */
function editEditable(f: TextFinding, replacement: string): boolean {
  const doc = f.node.ownerDocument!;
  const first = f.pieces[0],
    last = f.pieces[f.pieces.length - 1];
  const host = first.node.parentElement?.closest("[contenteditable]") as HTMLElement | null;
  host?.focus();
  const sel = doc.getSelection();
  if (!sel) return false;
  const r = doc.createRange();
  r.setStart(first.node, first.start);
  r.setEnd(last.node, last.end);
  sel.removeAllRanges();
  sel.addRange(r);
  // execCommand is deprecated but remains the one way editors (ProseMirror, Quill, CKEditor) observe an edit
  const ok = replacement ? doc.execCommand("insertText", false, replacement) : doc.execCommand("delete", false);
  if (!ok) {
    r.deleteContents();
    if (replacement) r.insertNode(doc.createTextNode(replacement));
  }
  return true;
}

/**
 * "Mask fields" (each found value masked at the standard level) or "clear fields" (the value removed) on
 * the form fields and editable areas of the page. Findings in plain page text are not touched: those
 * are the CRM's display, changed by saving the record.
 */
export function editFields(findings: readonly PageFinding[], mode: "mask" | "clear", url: string): FieldChange[] {
  const changes: FieldChange[] = [];
  const fields = new Map<FieldElement, PageFinding[]>();
  for (const f of findings) {
    if (f.kind === "field" && (f.node as FieldElement).tagName !== "SELECT") {
      let list = fields.get(f.node as FieldElement);
      if (!list) fields.set(f.node as FieldElement, (list = []));
      list.push(f);
    }
  }
  for (const [el, list] of fields) {
    const input = el as HTMLInputElement | HTMLTextAreaElement;
    let value = input.value;
    for (const f of [...list].sort((a, b) => b.start - a.start)) {
      if (value.slice(f.start, f.end) !== f.text) continue; // edited since the scan
      const after = mode === "mask" ? maskValue(f.type, f.text, "standard") : "";
      value = value.slice(0, f.start) + after + value.slice(f.end);
      changes.push(change(el, f, mode, after, url));
    }
    if (mode === "clear" && value.trim() === "") value = "";
    if (value !== input.value) setFieldValue(input, value);
  }
  for (const f of findings) {
    if (f.kind !== "editable") continue;
    const tf = f as TextFinding;
    if (tf.pieces.map((p) => p.node.data.slice(p.start, p.end)).join("") !== f.text) continue;
    const after = mode === "mask" ? maskValue(f.type, f.text, "standard") : "";
    if (editEditable(tf, after))
      changes.push(
        change(
          tf.pieces[0].node.parentElement!.closest("[contenteditable]") ?? tf.pieces[0].node.parentElement!,
          f,
          mode,
          after,
          url,
        ),
      );
  }
  return changes;
}

function change(el: Element, f: PageFinding, mode: "mask" | "clear", after: string, url: string): FieldChange {
  return {
    url,
    field: f.label ?? fieldLabel(el) ?? el.tagName.toLowerCase(),
    selector: selectorOf(el),
    type: f.type,
    action: mode === "mask" ? "mask" : "delete",
    ...(mode === "mask" ? { level: "standard" as const } : {}),
    original: f.text,
    preview: previewOf(f),
    after,
  };
}

/** A CSS selector that finds the element again: its id, its name in its form, or its path. */
export function selectorOf(el: Element): string {
  const id = el.getAttribute("id");
  const root = el.getRootNode() as Document | ShadowRoot;
  if (id && root.querySelectorAll(`#${CSS.escape(id)}`).length === 1) return `#${CSS.escape(id)}`;
  const name = el.getAttribute("name");
  if (name && root.querySelectorAll(`${el.tagName.toLowerCase()}[name="${CSS.escape(name)}"]`).length === 1)
    return `${el.tagName.toLowerCase()}[name="${CSS.escape(name)}"]`;
  const path: string[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    const same = Array.from(e.parentElement.children).filter((c) => c.tagName === e!.tagName);
    path.unshift(
      same.length > 1 ? `${e.tagName.toLowerCase()}:nth-of-type(${same.indexOf(e) + 1})` : e.tagName.toLowerCase(),
    );
    if (e.parentElement.id) {
      path.unshift(`#${CSS.escape(e.parentElement.id)}`);
      break;
    }
  }
  return path.join(" > ");
}
