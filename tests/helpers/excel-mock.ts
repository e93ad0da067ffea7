/**
 * A fake Excel for the add-in's adapter, built from office-addin-mock objects: every proxy the adapter
 * gets (ranges, fills, parts) is an OfficeMockObject, so a property read without load() and sync()
 * returns office-addin-mock's error string instead of a value. A small workbook model behind it applies
 * what the adapter writes at sync(), refuses oversized reads the way Excel does, and counts syncs.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
}
export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  frozenRows?: number;
}

const NOT_SYNCED = "Error, context.sync() was not called";
const key = (r: number, c: number) => `${r}:${c}`;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  parts: { id: string; xml: string }[] = [];
  comments: { sheet: string; address: string; content: string }[] = [];
  pivotTables = 0;
  refreshed = 0;
  syncs = 0;
  reads: { sheet: string; top: number; left: number; rows: number; cols: number }[] = [];
  /** every write as the adapter sent it: the 2-D arrays with their null holes */
  writes: { sheet: string; top: number; left: number; values?: unknown[][]; numberFormat?: unknown[][] }[] = [];
  /** reads of more cells than this fail at sync with RequestPayloadSizeLimitExceeded */
  limitCells = Infinity;
  refused = 0;
  private pending: {
    obj: OfficeMockObject;
    atSync: (obj: OfficeMockObject) => void;
    beforeSync?: (obj: OfficeMockObject) => void;
  }[] = [];
  private active = 0;

  addSheet(
    name: string,
    rows: (string | number | boolean | null | { f: string; v: number | string })[][],
    visibility: FakeSheet["visibility"] = "Visible",
  ): FakeSheet {
    const cells = new Map<string, FakeCell>();
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null) return;
        cells.set(key(i, j), typeof v === "object" ? { value: v.v, formula: v.f } : { value: v });
      }),
    );
    const s = { name, visibility, cells };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    return s;
  }

  cell(sheet: string, r: number, c: number): FakeCell | undefined {
    return this.sheet(sheet).cells.get(key(r, c));
  }

  used(s: FakeSheet): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [k, c] of s.cells) {
      if (c.value === "" && !c.formula) continue;
      const [r, col] = k.split(":").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom < 0
      ? null
      : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** A proxy whose properties need load() + sync(); `atSync` applies what the adapter set on it. */
  private proxy(
    seed: object,
    atSync: (obj: OfficeMockObject) => void = () => {},
    beforeSync?: (obj: OfficeMockObject) => void,
  ): any {
    const { isNullObject, ...rest } = seed as { isNullObject?: boolean };
    const obj = new OfficeMockObject(rest as never);
    // like office-js, isNullObject is known after the next sync whatever was loaded
    if (isNullObject !== undefined) obj.isNullObject = isNullObject;
    this.pending.push({ obj, atSync, beforeSync });
    return obj;
  }

  /** A ClientResult: its value is there after the next sync (no load()). */
  private result<T>(value: T): { value: T } {
    const r = { value: "Error, context.sync() was not called" as unknown as T };
    this.pending.push({
      obj: { sync: async () => {} } as never,
      atSync: () => {
        r.value = value;
      },
    });
    return r;
  }

  private range(sheetName: string, top: number, left: number, rows: number, cols: number): any {
    const s = this.sheet(sheetName);
    const grid = <T>(f: (c: FakeCell | undefined) => T) =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => f(s.cells.get(key(top + i, left + j)))),
      );
    const values = grid((c) => c?.value ?? "");
    const formulas = grid((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? "")));
    const numberFormat = grid((c) => c?.numberFormat ?? "General");
    const fake = this;
    const r = this.proxy(
      {
        values,
        formulas,
        numberFormat,
        rowIndex: top,
        columnIndex: left,
        rowCount: rows,
        columnCount: cols,
        format: { font: {} },
        getEntireRow() {
          return {
            delete() {
              fake.deleteRows(s, top, rows);
            },
          };
        },
      },
      (obj) => {
        const setValues =
          Array.isArray(obj.values) && obj.values !== values && obj.values !== (obj as any)._lastValues
            ? obj.values
            : undefined;
        const setFormats =
          Array.isArray(obj.numberFormat) &&
          obj.numberFormat !== numberFormat &&
          obj.numberFormat !== (obj as any)._lastFormats
            ? obj.numberFormat
            : undefined;
        if (setValues || setFormats) {
          this.writes.push({
            sheet: sheetName,
            top,
            left,
            ...(setValues ? { values: setValues } : {}),
            ...(setFormats ? { numberFormat: setFormats } : {}),
          });
          setFormats?.forEach((row: unknown[], i: number) =>
            row.forEach((f, j) => {
              if (f === null) return;
              const k = key(top + i, left + j);
              s.cells.set(k, { ...(s.cells.get(k) ?? { value: "" }), numberFormat: String(f) });
            }),
          );
          setValues?.forEach((row: unknown[], i: number) =>
            row.forEach((v, j) => {
              if (v === null) return;
              const k = key(top + i, left + j);
              const old = s.cells.get(k);
              let value = v as string | number | boolean;
              // Excel: a leading apostrophe keeps text as text; "=…" would become a formula
              if (typeof value === "string" && value.startsWith("'")) value = value.slice(1);
              else if (typeof value === "string" && value.startsWith("=")) {
                s.cells.set(k, { ...old, value: 0, formula: value.slice(1) });
                return;
              }
              const next: FakeCell = { ...old, value };
              delete next.formula;
              s.cells.set(k, next);
            }),
          );
          (obj as any)._lastValues = obj.values;
          (obj as any)._lastFormats = obj.numberFormat;
        }
        if (obj.format?.font?.bold === true)
          s.cells.forEach((c, k) => {
            if (k.startsWith(`${top}:`)) (c as any).bold = true;
          });
      },
      (obj) => {
        if (obj.values === NOT_SYNCED || obj.formulas === NOT_SYNCED) {
          this.reads.push({ sheet: sheetName, top, left, rows, cols });
          if (rows * cols > this.limitCells) {
            this.refused++;
            throw Object.assign(new Error("The request payload size has exceeded the limit."), {
              code: "RequestPayloadSizeLimitExceeded",
            });
          }
        }
      },
    );
    return r;
  }

  private deleteRows(s: FakeSheet, top: number, count: number): void {
    const next = new Map<string, FakeCell>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(":").map(Number);
      if (r >= top && r < top + count) continue;
      next.set(key(r >= top + count ? r - count : r, col), c);
    }
    s.cells = next;
  }

  private worksheet(s: FakeSheet): any {
    const fake = this;
    return {
      name: s.name,
      get visibility() {
        return s.visibility;
      },
      isNullObject: false,
      load() {
        return this;
      },
      activate() {
        fake.active = fake.sheets.indexOf(s);
      },
      getRangeByIndexes: (t: number, l: number, r: number, c: number) => fake.range(s.name, t, l, r, c),
      getCell: (r: number, c: number) => fake.cellProxy(s, r, c),
      getUsedRangeOrNullObject: () => {
        const u = fake.used(s);
        return fake.proxy(
          u
            ? { ...u, isNullObject: false }
            : { isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
        );
      },
      freezePanes: {
        freezeRows(n: number) {
          s.frozenRows = n;
        },
      },
      charts: { getCount: () => fake.result(0) },
    };
  }

  selected: { sheet: string; row: number; col: number } | null = null;

  private cellProxy(s: FakeSheet, r: number, c: number): any {
    const fake = this;
    const cell = s.cells.get(key(r, c));
    const fill = this.proxy(
      {
        color: cell?.fill ?? "#FFFFFF",
        pattern: cell?.fill ? "Solid" : "None",
        clear() {
          (this as any)._cleared = true;
        },
      },
      (obj) => {
        const k = key(r, c);
        if ((obj as any)._cleared) {
          const x = s.cells.get(k);
          if (x) delete x.fill;
          (obj as any)._cleared = false;
        } else if (
          typeof obj.color === "string" &&
          !obj.color.startsWith("Error") &&
          obj.color !== (cell?.fill ?? "#FFFFFF")
        )
          s.cells.set(k, { ...(s.cells.get(k) ?? { value: "" }), fill: obj.color });
      },
    );
    return {
      format: { fill },
      select() {
        fake.selected = { sheet: s.name, row: r, col: c };
      },
    };
  }

  /** The global `Excel` the adapter is given. */
  api(): typeof Excel {
    const fake = this;
    const context = {
      workbook: {
        worksheets: {
          items: [] as unknown[],
          load() {
            this.items = fake.sheets.map((s) => fake.worksheet(s));
            return this;
          },
          getItem: (name: string) => fake.worksheet(fake.sheet(name)),
          getItemOrNullObject: (name: string) => {
            const s = fake.sheets.find((x) => x.name === name);
            return s
              ? fake.worksheet(s)
              : {
                  isNullObject: true,
                  getUsedRangeOrNullObject: () => ({
                    isNullObject: true,
                    load() {
                      return this;
                    },
                  }),
                };
          },
          getActiveWorksheet: () => fake.worksheet(fake.sheets[fake.active]),
          add: (name: string) => {
            const s: FakeSheet = { name, visibility: "Visible", cells: new Map() };
            fake.sheets.push(s);
            return fake.worksheet(s);
          },
        },
        getSelectedRange: () =>
          fake.proxy({
            rowIndex: 0,
            columnIndex: 0,
            rowCount: 1,
            columnCount: 1,
            worksheet: { name: fake.sheets[fake.active].name },
          }),
        comments: {
          items: [] as unknown[],
          load() {
            this.items = fake.comments.map((c) => ({
              content: c.content,
              getLocation: () => fake.proxy({ address: c.address }),
            }));
            return this;
          },
        },
        pivotTables: {
          getCount: () => fake.result(fake.pivotTables),
          refreshAll: () => {
            fake.refreshed++;
          },
        },
        customXmlParts: {
          getByNamespace: () => ({
            items: [] as unknown[],
            load() {
              this.items = fake.parts.map((p) => ({ id: p.id, getXml: () => fake.result(p.xml) }));
              return this;
            },
          }),
          getItemOrNullObject: (id: string) => ({
            delete: () => {
              fake.parts = fake.parts.filter((x) => x.id !== id);
            },
          }),
          add: (xml: string) => {
            const id = `{PART-${fake.parts.length + 1}}`;
            fake.parts.push({ id, xml });
            return fake.proxy({ id });
          },
        },
      },
      sync: async function (this: OfficeMockObject) {
        fake.syncs++;
        const pending = fake.pending;
        for (const p of pending) p.beforeSync?.(p.obj);
        for (const p of pending) {
          await p.obj.sync();
          p.atSync(p.obj);
        }
      },
    };
    return new OfficeMockObject({
      context,
      run: async function (this: { context: unknown }, cb: (ctx: unknown) => Promise<unknown>) {
        fake.pending = [];
        return cb(this.context);
      },
    } as never) as unknown as typeof Excel;
  }
}
