import type { EntityType } from "../model/entity-type.js";
import type { FindingFlag } from "../model/finding.js";
import { ANTI_CONTEXT_PENALTY } from "../data/context-words.js";
import { columnIs, hasAntiContext, hasContext } from "./context.js";
import type { Candidate, Recognizer, ScanContext } from "./types.js";

/**
 * What `validate` says of a matched value: `true` confirmed (checksum passes), `false` drop, `undefined`
 * keep the pattern's score, `"checksum"` right shape but a failing check (reported only in a column of
 * this type, flagged `invalid_checksum`: a person's mistyped ID is still a person's ID).
 */
export type Verdict = boolean | undefined | "checksum";

export interface PatternSpec {
  type: EntityType;
  /** must be global (`g`); boundaries belong in the pattern */
  pattern: RegExp;
  /** score of a match that validate confirms or leaves alone */
  score: number;
  /** score added when a context word, a label or the column names the type */
  contextBoost?: number;
  /** report only with context (bare `E12345678` is too often a product code) */
  needsContext?: boolean;
  /**
   * report only with context, but without joining the engine's gate: for types whose context words are
   * everyday ones (电话), which would open the gate for every gated type on most texts
   */
  contextRequired?: boolean;
  /** a match with context lends it to the later matches of the text: a list (1. 高丽华 E41390403；2. 高子豪 E36308135) */
  listContinues?: boolean;
  /** see Recognizer.minDigits */
  minDigits?: number;
  /** see Recognizer.needsColumn */
  needsColumn?: boolean;
  /** quick test on the whole text before running the pattern */
  mayMatch?: (text: string) => boolean;
  validate?: (value: string, ctx: ScanContext) => Verdict;
  /** adjust the score for a value (e.g. a bank card's BIN); default: unchanged */
  adjust?: (value: string, score: number, ctx: ScanContext) => number;
}

/**
 * A pattern written as named parts (each a regex literal, so it reads and highlights as one):
 * `joinRegex("g", NOT_AFTER_WORD, AREA_CODE, LOCAL_NUMBER)`. The parts' own flags are ignored.
 */
export function joinRegex(flags: string, ...parts: (RegExp | string)[]): RegExp {
  return new RegExp(parts.map((p) => (typeof p === "string" ? p : p.source)).join(""), flags);
}

/** Almost every number-shaped type has a run of 4+ digits; texts without one skip those recognizers. */
export const hasDigitRun = (t: string): boolean => /\d{4}/.test(t);

export function patternRecognizer(spec: PatternSpec): Recognizer {
  const { type, pattern, score, contextBoost = 0.15, needsContext = false } = spec;
  if (!pattern.global) throw new Error(`pattern for ${type} must be global`);
  return {
    type,
    needsContext,
    needsColumn: spec.needsColumn,
    minDigits: spec.minDigits,
    // the engine already checked minDigits against the text's longest digit run
    mayMatch: spec.mayMatch ?? (spec.minDigits ? () => true : hasDigitRun),
    find(ctx: ScanContext): Candidate[] {
      const out: Candidate[] = [];
      let listed = false;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
        let value = m[0];
        const start = m.index;
        const context = (spec.listContinues === true && listed) || hasContext(type, ctx, start);
        if ((needsContext || spec.contextRequired) && !context) continue;
        let verdict = spec.validate ? spec.validate(value, ctx) : undefined;
        // the match may have run on into the next number (a card, one space, an amount: …3227 9,860.00): the value
        // before its last separators may be the one
        for (let cut = value.search(/[ -][^ -]*$/), tries = 0; verdict === false && cut > 0 && tries < 2; tries++) {
          const shorter = value.slice(0, cut);
          const v2 = spec.validate!(shorter, ctx);
          if (v2 === true) {
            value = shorter;
            verdict = v2;
            pattern.lastIndex = start + cut;
          }
          cut = shorter.search(/[ -][^ -]*$/);
        }
        if (verdict === false) {
          // a failed match may have swallowed the start of the next value (an ID, one space, a spaced card): look again from the next character
          // (a value can only start after a separator: the patterns forbid a letter or digit right before one)
          const sep = value.search(/[ \-]/);
          if (sep > 0) pattern.lastIndex = start + sep + 1;
          continue;
        }
        const flags: FindingFlag[] = [];
        let confidence = spec.adjust ? spec.adjust(value, score, ctx) : score;
        if (verdict === "checksum") {
          if (!columnIs(type, ctx)) continue;
          flags.push("invalid_checksum");
          confidence = 0.7;
        } else if (context) {
          confidence = Math.min(0.99, confidence + contextBoost);
        } else if (hasAntiContext(ctx.text, start)) {
          confidence -= ANTI_CONTEXT_PENALTY;
        }
        out.push({ type, start, end: start + value.length, confidence, flags });
        if (context) listed = true;
      }
      return out;
    },
  };
}

/** Digits only (drops spaces, dashes and brackets). */
export const digitsOnly = (s: string): string => s.replace(/\D/g, "");
