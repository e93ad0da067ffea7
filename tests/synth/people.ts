/**
 * Synthetic personal data for tests, evaluation and benchmarks: every value is generated (checksums
 * computed, region codes and places drawn from the same GB/T 2260 tables the core ships), never a
 * real person's.
 */
import { luhnValid, mod11_2CheckChar, usccValid, USCC_ALPHABET } from "../../core/src/_lib/checksums.js";
import {
  CITY_NAMES,
  DISTRICT_NAMES,
  PROVINCE_NAMES,
  REGION_CODES_COMPACT,
} from "../../core/src/data/regions.generated.js";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "../../core/src/data/surnames.generated.js";
import { Rng } from "./random.js";

const DISTRICT_CODES = REGION_CODES_COMPACT.split(",").flatMap((g) => {
  const out: string[] = [];
  for (let i = 4; i < g.length; i += 2) if (g.slice(i, i + 2) !== "00") out.push(g.slice(0, 4) + g.slice(i, i + 2));
  return out;
});
/** Surnames weighted towards the common ones, as real customer lists are. */
const TOP_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
const RARE_SURNAMES = Object.keys(SINGLE_SURNAMES);
const COMPOUND = Object.keys(COMPOUND_SURNAMES);
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣晨阳亮佳琳雪梅婷颖慧莉倩婉晶丹璐瑶怡悦雯嘉琪琦思睿博文轩航泽昊然子涵梓萱诗语彤雨桐可馨一诺建国志海波春东晓峰雷飞鑫淑珍凤新利清成宏荣德永福祥庆生贵世家豪乐紫雅梦妍若曦沐宸锦程昱晟铭楷皓哲瀚钰琛毅鸿蕾萌蓉薇菲芸莎璇瑾瑜玥珊瑞韬煜炜昕晴晗昭玮彦翔羽卓越恒澜淼安康立秋菊冬香素".split(
    "",
  );
// prettier-ignore
const ROADS = [
  "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "长江路", "黄河路", "文化路", "胜利路", "朝阳路", "科技园南路", "张江路", "学院路", "东风大道", "滨江大道",
  "金融街", "步行街", "工业园区", "幸福里", "桃园新村", "阳光花园", "万达广场",
];
const PROVINCES = PROVINCE_NAMES.filter((n) => !/香港|澳门|台湾/.test(n));
const DISTRICTS = DISTRICT_NAMES.filter((n) => /[区县市]$/.test(n));
const GIVEN_LATIN = ["Lily", "Tony", "Kevin", "Grace", "Amy", "David", "Helen", "Jack", "Vivian", "Eric"];
const PINYIN_GIVEN = ["Wei", "Fang", "Xiaoming", "Jing", "Lei", "Na", "Hao", "Yu", "Jie", "Ting", "Min", "Qiang"];

export class People {
  constructor(readonly rng = new Rng()) {
    // methods are handed around as generators (templates hold `p.orderNo`): bind them once
    const self = this as unknown as Record<string, unknown>;
    for (const k of Object.getOwnPropertyNames(People.prototype))
      if (k !== "constructor") self[k] = (self[k] as () => unknown).bind(this);
  }

  surname(): string {
    const r = this.rng.next();
    if (r < 0.03) return this.rng.pick(COMPOUND);
    if (r < 0.9) return this.rng.pick(TOP_SURNAMES);
    return this.rng.pick(RARE_SURNAMES);
  }
  givenName(): string {
    const g = this.rng.pick(GIVEN);
    return this.rng.chance(0.65) ? g + this.rng.pick(GIVEN) : g;
  }
  name(): string {
    return this.surname() + this.givenName();
  }
  /** as CRMs built abroad show names: "Lily Zhang", "Zhang Wei", "Wei ZHANG" */
  latinName(): string {
    // prettier-ignore
    const py = this.rng.pick([
      "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
      "Guo", "Lin", "He", "Gao", "Luo",
    ]);
    const r = this.rng.next();
    if (r < 0.4) return `${this.rng.pick(GIVEN_LATIN)} ${py}`;
    if (r < 0.7) return `${py} ${this.rng.pick(PINYIN_GIVEN)}`;
    return `${this.rng.pick(PINYIN_GIVEN)} ${py.toUpperCase()}`;
  }

  residentId(opts: { birthFrom?: number; birthTo?: number } = {}): string {
    const region = this.rng.pick(DISTRICT_CODES);
    const y = this.rng.int(opts.birthFrom ?? 1950, opts.birthTo ?? 2005);
    const m = this.rng.int(1, 12);
    const d = this.rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const body = region + y + String(m).padStart(2, "0") + String(d).padStart(2, "0") + this.rng.digits(3);
    return body + mod11_2CheckChar(body);
  }
  /** an 18-character ID with a wrong check character (a typo) */
  mistypedId(): string {
    const id = this.residentId();
    const wrong = "0123456789X".replace(id[17], "");
    return id.slice(0, 17) + this.rng.pick([...wrong]);
  }
  mobile(): string {
    // prettier-ignore
    const seg = this.rng.pick([
      "130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152", "153", "155",
      "156", "157", "158", "159", "166", "170", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
      "186", "187", "188", "189", "191", "193", "195", "198", "199",
    ]);
    return seg + this.rng.digits(8);
  }
  mobileFormatted(): string {
    const m = this.mobile();
    const r = this.rng.next();
    if (r < 0.6) return m;
    if (r < 0.75) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    if (r < 0.9) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    return `+86 ${m}`;
  }
  landline(): string {
    const area = this.rng.pick([
      "010",
      "021",
      "022",
      "023",
      "020",
      "025",
      "027",
      "028",
      "029",
      "0755",
      "0571",
      "0512",
      "0731",
      "0371",
      "0531",
    ]);
    const local = String(this.rng.int(2, 8)) + this.rng.digits(area.length === 3 ? 7 : this.rng.pick([6, 7]));
    return this.rng.chance(0.7) ? `${area}-${local}` : `(${area})${local}`;
  }
  bankCard(): string {
    const bin = this.rng.pick([
      "622202",
      "622848",
      "621700",
      "622588",
      "621483",
      "622609",
      "623668",
      "625965",
      "436742",
      "524094",
    ]);
    const len = bin.startsWith("62") ? this.rng.pick([16, 19]) : 16;
    let body = bin + this.rng.digits(len - bin.length - 1);
    for (let c = 0; c <= 9; c++)
      if (luhnValid(body + c)) {
        body += c;
        break;
      }
    return body;
  }
  bankCardFormatted(): string {
    const c = this.bankCard();
    return this.rng.chance(0.3) ? c.replace(/(\d{4})(?=\d)/g, "$1 ") : c;
  }
  email(): string {
    const user =
      this.rng.pick([
        "zhang",
        "wang.li",
        "chenjing",
        "liu_yang",
        "xiaoming",
        "hr",
        "sales01",
        "amy.zhou",
        "huang88",
        "lw2020",
      ]) + this.rng.int(1, 999);
    return `${user}@${this.rng.pick(["163.com", "126.com", "qq.com", "sina.com", "example.com.cn", "foxmail.com", "gmail.com"])}`;
  }
  address(): string {
    const p = this.rng.pick(PROVINCES);
    const city = this.rng.pick(CITY_NAMES);
    const dist = this.rng.pick(DISTRICTS);
    const road = this.rng.pick(ROADS);
    const num = `${this.rng.int(1, 999)}号`;
    const extra = this.rng.chance(0.5)
      ? `${this.rng.int(1, 30)}栋${this.rng.int(1, 3)}单元${this.rng.int(1, 30)}0${this.rng.int(1, 4)}室`
      : "";
    const prefix = this.rng.chance(0.3)
      ? p + city + dist
      : this.rng.chance(0.5)
        ? city + dist
        : p.replace(/省$/, "") + city + dist;
    return prefix + road + num + extra;
  }
  plate(): string {
    const p = this.rng.pick([..."京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川"]);
    const L = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    if (this.rng.chance(0.2)) return p + this.rng.pick([...L]) + this.rng.pick(["D", "F"]) + this.rng.digits(5);
    return p + this.rng.pick([...L]) + this.rng.digits(5);
  }
  uscc(): string {
    for (;;) {
      const body =
        "91" +
        this.rng.pick(DISTRICT_CODES) +
        Array.from({ length: 9 }, () => this.rng.pick([...USCC_ALPHABET])).join("");
      for (const c of USCC_ALPHABET) if (usccValid(body + c)) return body + c;
    }
  }
  hkId(): string {
    const L = "ABCDEGHKMPRVYZ";
    const letter = this.rng.pick([...L]);
    const digits = this.rng.digits(6);
    let sum = 36 * 9 + (letter.charCodeAt(0) - 55) * 8;
    for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
    const r = (11 - (sum % 11)) % 11;
    return `${letter}${digits}(${r === 10 ? "A" : r})`;
  }
  twId(): string {
    const codes: Record<string, number> = {
      A: 10,
      B: 11,
      C: 12,
      D: 13,
      E: 14,
      F: 15,
      G: 16,
      H: 17,
      J: 18,
      K: 19,
      L: 20,
      M: 21,
      N: 22,
      P: 23,
      Q: 24,
      R: 25,
      S: 26,
      T: 27,
      U: 28,
      V: 29,
    };
    const letter = this.rng.pick(Object.keys(codes));
    const body = String(this.rng.int(1, 2)) + this.rng.digits(7);
    const code = codes[letter];
    let sum = Math.floor(code / 10) + (code % 10) * 9;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (8 - i);
    return letter + body + ((10 - (sum % 10)) % 10);
  }
  birthDate(): string {
    const y = this.rng.int(1950, 2005),
      m = this.rng.int(1, 12),
      d = this.rng.int(1, 28);
    return this.rng.chance(0.5)
      ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
      : `${y}年${m}月${d}日`;
  }
  company(): string {
    return (
      this.rng.pick(["上海", "北京", "深圳", "杭州", "苏州", "成都"]) +
      this.rng.pick(["华信", "金达", "宏远", "恒通", "新源", "鼎盛", "瑞丰"]) +
      this.rng.pick(["科技", "贸易", "实业", "电子", "物流"]) +
      "有限公司"
    );
  }
  orderNo(): string {
    return "DD" + this.rng.int(2019, 2025) + this.rng.digits(12);
  }
  waybill(): string {
    return this.rng.pick(["SF", "YT", "ZTO", "JD"]) + this.rng.digits(13);
  }
  amount(): string {
    return `${this.rng.int(1, 99999)}.${this.rng.digits(2)}`;
  }
  timestamp(): string {
    return `${this.rng.int(2019, 2025)}-${String(this.rng.int(1, 12)).padStart(2, "0")}-${String(this.rng.int(1, 28)).padStart(2, "0")} ${String(this.rng.int(0, 23)).padStart(2, "0")}:${String(this.rng.int(0, 59)).padStart(2, "0")}:00`;
  }
}
