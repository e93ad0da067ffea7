import {
  ColumnTally,
  columnIndex,
  numberText,
  TableScanner,
  type Cell,
  type EntityType,
  type Finding,
  type ReadCell,
} from "@tuomin/core";

/** A cell with personal data: where it is, its text as scanned, and what was found in it. */
export interface CellHit {
  row: number;
  col: number;
  text: string;
  numeric: boolean;
  formula: boolean;
  findings: Finding[];
}

/** One column as the scan saw it: its class and the findings per type. */
export interface ColumnReport {
  col: number;
  letter: string;
  header: string | null;
  type: EntityType;
  confidence: number;
  findings: number;
  counts: Partial<Record<EntityType, number>>;
}

export interface SheetDetection {
  hits: CellHit[];
  columns: ColumnReport[];
  headerRow: number | null;
}

/**
 * Detection of the cells of many sheets, chunk by chunk, as the detector (a Web Worker in the task pane,
 * in-process in tests) runs it. Rows are 0-based, columns absolute.
 */
export interface Detector {
  /** Scan rows starting at `top` whose first cell is column `left`; returns the cells decided so far. */
  push(job: string, top: number, left: number, rows: ReadCell[][]): Promise<CellHit[]>;
  /** The remaining cells and the column report; the job is forgotten. */
  finish(job: string): Promise<SheetDetection>;
  dispose(): void;
}

interface Job {
  scanner: TableScanner;
  tally: ColumnTally;
  /** rows held by the scanner until the columns are classified, by 1-based row */
  held: Map<number, Cell[]>;
  out: CellHit[];
  byCell: Map<string, CellHit>;
}

/** The detection work itself: the core's TableScanner per job (sheet), collecting hits per cell. */
export class DetectionJobs {
  private readonly jobs = new Map<string, Job>();

  push(id: string, top: number, left: number, rows: ReadCell[][]): CellHit[] {
    const job = this.job(id);
    for (let i = 0; i < rows.length; i++) {
      const src = rows[i];
      if (!src || !src.some((c) => c != null && (typeof c === "string" ? c : c.text) !== "")) continue;
      const cells: Cell[] = [];
      for (let j = 0; j < src.length; j++) if (src[j]) cells[left + j] = src[j];
      const row = top + i + 1;
      if (!job.scanner.classified) job.held.set(row, cells);
      this.current = cells;
      job.scanner.pushRow(row, cells);
      this.current = null;
    }
    if (job.scanner.classified) job.held.clear();
    return this.drain(job);
  }

  finish(id: string): SheetDetection {
    const job = this.job(id);
    const { columns } = job.scanner.finish();
    this.jobs.delete(id);
    const reports: ColumnReport[] = job.tally.summarize(columns).map((c) => {
      const col = columnIndex(c.column);
      return {
        col,
        letter: c.column,
        header: c.header,
        type: c.type,
        confidence: c.confidence,
        findings: c.findings,
        counts: job.tally.counts(col),
      };
    });
    return {
      hits: this.drain(job),
      columns: reports,
      headerRow: job.scanner.headerRowNumber === null ? null : job.scanner.headerRowNumber - 1,
    };
  }

  private current: Cell[] | null = null;

  private job(id: string): Job {
    let job = this.jobs.get(id);
    if (!job) {
      const created: Job = {
        scanner: null as unknown as TableScanner,
        tally: new ColumnTally(),
        held: new Map(),
        out: [],
        byCell: new Map(),
      };
      created.scanner = new TableScanner({
        onFinding: (f, row, col, formula) => {
          created.tally.add(col, f);
          const key = `${row}:${col}`;
          let hit = created.byCell.get(key);
          if (!hit) {
            const cell = (created.held.get(row) ?? this.current)?.[col];
            const text = cell == null ? f.text : typeof cell === "string" ? cell : cell.text;
            const numeric = typeof cell === "object" && cell !== null && !!cell.numeric;
            hit = { row: row - 1, col, text: numeric ? numberText(text) : text, numeric, formula, findings: [] };
            created.byCell.set(key, hit);
            created.out.push(hit);
          }
          hit.findings.push({ ...f, flags: [...f.flags] });
        },
      });
      this.jobs.set(id, (job = created));
    }
    return job;
  }

  private drain(job: Job): CellHit[] {
    const out = job.out;
    job.out = [];
    job.byCell.clear();
    return out;
  }
}

/** Runs detection on the calling thread (tests, the benchmark, and hosts without workers). */
export class LocalDetector implements Detector {
  private readonly jobs = new DetectionJobs();
  async push(job: string, top: number, left: number, rows: ReadCell[][]): Promise<CellHit[]> {
    return this.jobs.push(job, top, left, rows);
  }
  async finish(job: string): Promise<SheetDetection> {
    return this.jobs.finish(job);
  }
  dispose(): void {}
}
