/**
 * Names as CRM list pages show them (issue 11's goal: recall ≥ 0.95): given name first, spaced, in Latin letters
 * (pinyin from pinyin-pro, not from our tables), upper-case surname first with a comma, an English given name
 * before a Chinese surname, Traditional characters (opencc-js). Each form is scored as a list cell shows it:
 * alone (no header the scanner can see, as a card or an avatar list) and under a 姓名 header (a table). A name
 * is found when one person_name finding covers all of it.
 */
import { createRequire } from "node:module";
import { scanText } from "../../core/src/index.js";
import { People } from "../synth/people.js";
import { Rng } from "../synth/random.js";

const require = createRequire(import.meta.url);
const { pinyin } = require("pinyin-pro") as {
  pinyin: (t: string, o: { toneType: "none"; type: "array"; surname?: "head" }) => string[];
};
const OpenCC = require("opencc-js") as { Converter: (o: { from: string; to: string }) => (t: string) => string };
const toTraditional = OpenCC.Converter({ from: "cn", to: "hk" });

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const ENGLISH = ["Sherry", "Kevin", "Grace", "Tony", "Vivian", "Eric", "Helen", "Jack", "Amy", "David"];

export interface ListForm {
  form: string;
  make: (surname: string, given: string, rng: Rng) => string;
}
/** the forms, each from a surname and a given name in Chinese characters */
export const LIST_FORMS: ListForm[] = [
  { form: "given first, spaced (峻熙 何)", make: (s, g) => `${g} ${s}` },
  { form: "surname, a space, given (何 峻熙)", make: (s, g) => `${s} ${g}` },
  { form: "every character spaced (何 峻 熙)", make: (s, g) => [...(s + g)].join(" ") },
  { form: "pinyin, given first (Junxi He)", make: (s, g) => `${py(g)} ${cap(py(s, true))}` },
  {
    form: "pinyin, upper-case surname first with a comma (HE, JUNXI)",
    make: (s, g) => `${py(s, true).toUpperCase()}, ${py(g).toUpperCase()}`,
  },
  { form: "pinyin, surname first with a comma (He, Junxi)", make: (s, g) => `${cap(py(s, true))}, ${py(g)}` },
  { form: "pinyin, all upper case (HE JUNXI)", make: (s, g) => `${py(s, true).toUpperCase()} ${py(g).toUpperCase()}` },
  { form: "an English name and the surname (Sherry 孟)", make: (s, _g, rng) => `${rng.pick(ENGLISH)} ${s}` },
  { form: "Traditional characters (張美玲)", make: (s, g) => toTraditional(s + g) },
];

/** a given name's pinyin as one word (junxi → Junxi); a surname's by its surname reading (单 shan, 曾 zeng) */
function py(t: string, surname = false): string {
  const syllables = pinyin(t, { toneType: "none", type: "array", ...(surname ? { surname: "head" as const } : {}) });
  return surname ? syllables.join("") : cap(syllables.join(""));
}

export interface ListScore {
  form: string;
  alone: number;
  underHeader: number;
  n: number;
  missed: string[];
}

export function scoreListForms(n = 300, seed = 3): ListScore[] {
  return LIST_FORMS.map(({ form, make }) => {
    const rng = new Rng(seed);
    const p = new People(rng);
    const s: ListScore = { form, alone: 0, underHeader: 0, n, missed: [] };
    for (let i = 0; i < n; i++) {
      const shown = make(p.surname(), p.givenName(), rng);
      const whole = (label: string | null) =>
        scanText(shown, { label }).some((f) => f.type === "person_name" && f.start === 0 && f.end === shown.length);
      if (whole(null)) s.alone++;
      else if (s.missed.length < 8) s.missed.push(shown);
      if (whole("姓名")) s.underHeader++;
    }
    return s;
  });
}

export function listFormsTable(scores: ListScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.form} | ${(s.alone / s.n).toFixed(3)} | ${(s.underHeader / s.n).toFixed(3)} | ${s.missed.slice(0, 4).join(", ")} |`,
  );
  const all = scores.reduce((a, s) => a + s.alone, 0) / scores.reduce((a, s) => a + s.n, 0);
  const hdr = scores.reduce((a, s) => a + s.underHeader, 0) / scores.reduce((a, s) => a + s.n, 0);
  return [
    `| form | recall alone | under a 姓名 header | missed alone (first few) |`,
    `|---|---:|---:|---|`,
    ...rows,
    `| **all forms** | **${all.toFixed(3)}** | **${hdr.toFixed(3)}** | |`,
  ].join("\n");
}
