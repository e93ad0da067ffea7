import type { ReadCell } from "@tuomin/core";
import type { CellHit, SheetDetection } from "../session/detection.js";

export type DetectRequest =
  | { id: number; op: "push"; job: string; top: number; left: number; rows: ReadCell[][] }
  | { id: number; op: "finish"; job: string };

export type DetectResponse =
  | { id: number; result: CellHit[] | SheetDetection; error?: undefined }
  | { id: number; error: string; result?: undefined };
