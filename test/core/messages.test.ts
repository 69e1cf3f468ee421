// Every message users read is proper Vietnamese: NFC, with diacritics, no mojibake, with its own English twin.
// The messages are read from the code: every catalogue module in src/core/i18n, every message in it, every way a
// value can be wrong (VALUE_PROBLEMS) and every rule of the built-in templates. A new message is tested without
// touching this file.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { valueMessage } from "../../src/core/i18n/findings";
import { VALUE_PROBLEMS } from "../../src/core/vocabulary";
import type { Localized } from "../../src/core/i18n/lang";
import { builtInTemplates } from "../../src/core/templates";

const MOJIBAKE = /Ã.|Æ°|á»|áº|â€|\uFFFD/;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const I18N = join(__dirname, "../../src/core/i18n");

type Make = (...args: unknown[]) => Localized;
const reason: Localized = { vi: "Tệp rỗng.", en: "The file is empty." };
/** Arguments of the right types where strings will not do; any other message gets strings. */
const SAMPLES: Record<string, unknown[]> = {
  skipped: [["~$bao-cao.xlsx", "Thumbs.db"]],
  onlyRejected: [reason],
  overSafetyLimit: [{ vi: "10 MB mỗi tệp", en: "10 MB per file" }],
  period: ["2024-6T", "deadline", "15/06/2024", ["2023"]],
  notInRoster: ["Xã Ngối Cáy", ["Xã Ngối Cáy"]],
  maybeFile: [[{ file: "ngoi-cay.xlsx", unit: "Xã Ngối Cáy" }]],
  notOneOf: ["phần trăm", ["số đếm", "tiền"]],
  located: ["Chỉ tiêu", "E3", reason],
  tooMany: ["chỉ tiêu", "fields", 501, 500],
  incomplete: [3, 2, 1],
  schema: ["tables.0.id", { vi: "thiếu, cần có", en: "missing, required" }],
  oneOf: [["count", "money"]],
  otherwise: ["Invalid input: expected string, received number"],
  noReportOfPeriod: ["2024", "deadline", "03/7/2024", "2023 (4)"],
  heldNotInRoster: ["Xã Quảng Trung", ["Xã Quảng Trúng"], ["Xã Tân Gianh"]],
  notAReport: [
    {
      template: "Báo cáo công tác trẻ em",
      tablesFound: 2,
      tables: 3,
      table: "Bảo vệ trẻ em",
      label: "Tổng số trẻ em",
      nearest: "Tổng trẻ em",
      cell: "Sheet1!B12",
    },
  ],
  moneyLow: ["D12", "Học bổng › Kinh phí", 15, 15_000_000],
  outlier: ["C9", "Tặng quà › Số trẻ em", 1500, 120],
  writeValue: [1_500_000],
  need: ["conflict"],
  refused: ["xa-ang-cang.xlsx", reason],
  unitUnknown: ["anh-chup.jpg", reason],
  twoReports: [["xuan-lao.xlsx", "xuan-lao (2).xlsx"]],
  returned: ["Xã Ẳng Cang", 2, 1],
  checked: [1, 2],
  explainedCount: [2],
  wroteFeedback: [3, "phan-hoi"],
};
const against: Localized = { vi: "cùng kỳ năm trước", en: "the same period last year" };
const history = {
  cell: "D20",
  label: "Kinh phí ngân sách nhà nước",
  kind: "money",
  noun: "",
  current: 12_000,
  previous: 12_000_000,
  then: { vi: "năm trước", en: "last year" },
  now: { vi: "năm nay", en: "this year" },
  source: "tong-hop-2024.xlsx, Tổng hợp theo đơn vị!E12",
};
Object.assign(SAMPLES, {
  compareUnreadable: ["anh.png", reason],
  chosenFiles: [["xa-a.xlsx", "xa-b.xlsx", "xa-c.xlsx", "xa-d.xlsx"]],
  compareNothingCounted: [reason],
  otherVersion: ["2", "1", ["Lớp tập huấn"]],
  withoutHistory: [["Xã Cam Lộ"]],
  previousOnly: [["Xã Quảng Trung"]],
  historyMerged: ["Xã Tân Gianh", ["Xã Quảng Trung", "Xã Quảng Tùng"]],
  changeSentence: [
    { label: "Tặng quà, số lượng trẻ em", kind: "count", noun: "", current: 1254, change: 112, ratio: 0.098, against },
  ],
  noPreviousValue: ["Diễn đàn trẻ em", 12, "count", "diễn đàn", against],
  rateSentence: [{ label: "Tỷ lệ trẻ em được trợ giúp", current: 0.925, previous: 0.9, points: 2.5, against }],
  historyJump: [history, 12],
  historyDrop: [history, 12],
  historyScaleUp: [history, 1000],
  historyScaleDown: [history, 1000],
  historyFromZero: [history],
  historyToZero: [history],
});
const STRINGS = ["Bảng 1", "B2", "12", "9", "5", "3", "1"];

/** Each catalogue the core exports: an object whose members all make a Localized message. */
function catalogues(): [string, Record<string, Make>][] {
  const out: [string, Record<string, Make>][] = [];
  // messages.ts only gathers the others.
  for (const file of readdirSync(I18N).filter((f) => f.endsWith(".ts") && f !== "messages.ts")) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(I18N, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const isCatalogue =
        value && typeof value === "object" && Object.values(value).every((v) => typeof v === "function");
      if (isCatalogue) out.push([`${file.replace(/\.ts$/, "")}.${name}`, value as Record<string, Make>]);
    }
  }
  return out;
}

const found = catalogues();
const everyMessage: [string, Localized][] = [
  ...found.flatMap(([cat, c]) =>
    Object.entries(c).map(([k, make]): [string, Localized] => [`${cat}.${k}`, make(...(SAMPLES[k] ?? STRINGS))]),
  ),
  ...VALUE_PROBLEMS.flatMap((p): [string, Localized][] => [
    [`value ${p} (money)`, valueMessage(p, "12 em", "B23", "Tặng quà › Kinh phí", true, 12)],
    [`value ${p} (count)`, valueMessage(p, 1.5, "C7", "Số trẻ em", false)],
  ]),
  ...builtInTemplates().flatMap((t) => t.rules.map((r): [string, Localized] => [`${t.id} rule ${r.id}`, r.message])),
];

test("the catalogues are found in the code: findings, reading, consolidation, rosters, templates", () => {
  const names = found.map(([n]) => n);
  for (const c of ["findings.messages", "reading.failures", "consolidation.consolidation", "roster.rosterMessages"])
    expect(names).toContain(c);
  for (const c of ["outlineMessages", "templateFileMessages", "definitionMessages", "schemaMessages"])
    expect(names).toContain(`template-messages.${c}`);
  expect(everyMessage.length).toBeGreaterThan(100);
});

test.each(everyMessage)("%s: NFC Vietnamese with diacritics, no mojibake, its own English twin", (_name, m) => {
  expect(m.vi).toBe(m.vi.normalize("NFC"));
  expect(m.vi).not.toMatch(MOJIBAKE);
  expect(m.vi).toMatch(VIETNAMESE);
  // English messages still quote the official Vietnamese labels, but are their own text.
  expect(m.en).not.toBe(m.vi);
  expect(m.en.length).toBeGreaterThan(10);
  expect(m.vi).not.toMatch(/undefined|\[object|NaN/);
  expect(m.en).not.toMatch(/undefined|\[object|NaN/);
});
