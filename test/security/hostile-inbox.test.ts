// The hostile test set: each hostile input, made here (never by tonghop's
// writer), beside three good reports, through the compiled command line as a
// district would run it. Every run must end by itself (a hang is killed after a
// minute and fails), under 1 GB of memory, with no stack trace; the good
// reports' totals are exact; the hostile file is listed with its reason in
// words; no input and no link's target changes; nothing is written but the
// summary asked for. Large cases are generated here, at run time.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { failures } from "../../src/core/i18n/messages";
import { layoutReport } from "../../src/core/layout/report";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import { loadTemplate, templateFields } from "../../src/core/templates";
import { monthOfActionValues } from "../../src/demo/samples";
import { renderXlsxSync } from "../../src/xlsx/write";
import { readXlsx } from "../../src/xlsx/read";
import { adversarial, MB, partText, utf16, withInputs, withParts } from "../helpers/hostile";
import { changes, snapshot, STACK, tonghop, type Ran } from "../helpers/hostile-run";
import { libreConvert } from "../helpers/libreoffice";
import { metaFor, template } from "../helpers/reports";
import { buildXlsx } from "../helpers/xlsx-parts";

const t = template("thang-hanh-dong");
const fields = templateFields(t).map((f) => f.id);
const GOOD = ["Xã Ẳng Cang", "Xã Ẳng Tở", "Xã Búng Lao"].map((unitName, i) => ({
  file: `tot-${i + 1}.xlsx`,
  values: monthOfActionValues(i + 1),
  bytes: renderXlsxSync(
    layoutReport(t, metaFor(t, { unitName, period: "2024" }), { values: monthOfActionValues(i + 1) }).model,
  ),
}));
const goodTotals = Object.fromEntries(fields.map((f) => [f, GOOD.reduce((n, g) => n + g.values[f], 0)]));
/** A report of a unit with no figures: what it adds to the totals is 0, whatever is wrong with it. */
const stranger = renderXlsxSync(layoutReport(t, metaFor(t, { unitName: "Xã Lạ", period: "2024" }), {}).model);
const sheet1 = partText(stranger, "xl/worksheets/sheet1.xml");
/** The information sheet of a report, and a copy with one of its values replaced. */
const META = `xl/worksheets/sheet${readXlsx(stranger).sheetNames.indexOf("_tonghop") + 1}.xml`;
const withMeta = (key: string, value: string) => {
  const xml = partText(stranger, META);
  const re = new RegExp(`(<t[^>]*>${key}</t></is></c><c [^>]*><is><t[^>]*>)[^<]*(</t>)`);
  return withParts(stranger, { [META]: xml.replace(re, `$1${value}$2`) });
};
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
/** The stranger's report with its sheet's cells replaced by `data`. */
const withSheetData = (data: string) =>
  withParts(stranger, {
    "xl/worksheets/sheet1.xml": sheet1.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${data}</sheetData>`),
  });

interface Listed {
  file: string;
  status: string;
  reason: string | null;
  errors: { code: string; cell: string }[];
}
interface Expect {
  /** The hostile entry's name in the inbox (as listed). */
  name: string;
  /** Its status in the summary, and the reason given (words from the catalogue), or the error codes at its cells. */
  status: "rejected" | "included";
  reason?: string;
  cellErrors?: number;
  /** What the hostile file adds to the totals (a valid UTF-16 report counts). */
  adds?: Record<string, number>;
}

interface Case extends Expect {
  what: string;
  /** Puts the hostile entry into the inbox. */
  make: (inbox: string, root: string) => void;
}

const write = (name: string, bytes: Uint8Array | string) => (inbox: string) => writeFileSync(join(inbox, name), bytes);
let damagedXls: Uint8Array;

const CASES: Case[] = [
  {
    what: "a money cell holding 1, 3,000 spaces, 3,000 letters, 1",
    name: "o-tien-6kb.xlsx",
    status: "included",
    cellErrors: 1,
    make: (inbox) =>
      write(
        "o-tien-6kb.xlsx",
        withInputs(stranger, {
          funds_state: [`<is><t>1${" ".repeat(3000)}${"a".repeat(3000)}1</t></is>`, "inlineStr"],
        }),
      )(inbox),
  },
  {
    what: "numbers written NaN, Infinity, 1e309, 0x1F",
    name: "so-gia.xlsx",
    status: "included",
    cellErrors: 4,
    make: write(
      "so-gia.xlsx",
      withInputs(stranger, {
        launch_sites: ["<v>NaN</v>"],
        launch_children: ["<v>Infinity</v>"],
        works_new: ["<v>1e309</v>"],
        works_upgraded: ["<v>0x1F</v>"],
      }),
    ),
  },
  ...(
    [
      ["2 MB of <c start tags that never close", "the-c.xlsx", "<c"],
      ["2 MB of <row without >", "the-row.xlsx", '<row r="1" '],
    ] as const
  ).map(
    ([what, name, unit]): Case => ({
      what,
      name,
      status: "rejected",
      reason: failures.corrupt().vi,
      make: write(name, withSheetData(adversarial(unit, 2 * MB))),
    }),
  ),
  {
    what: "2 MB of <si> never closed in the shared strings",
    name: "chuoi-chung.xlsx",
    status: "rejected",
    reason: failures.corrupt().vi,
    make: (inbox) =>
      write(
        "chuoi-chung.xlsx",
        buildXlsx([{ name: "Báo cáo", data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }], {
          sharedStrings: [adversarial("<si><t>x</t>", 2 * MB)],
        }),
      )(inbox),
  },
  {
    what: "two entries named like the report sheet, the last with 777",
    name: "hai-ban.xlsx",
    status: "rejected",
    reason: failures.corrupt().vi,
    make: (inbox) => {
      const good = GOOD[0].bytes;
      const lie = withInputs(good, { launch_children: ["<v>777</v>"] });
      const part = "xl/worksheets/sheet1.xml";
      write("hai-ban.xlsx", withParts(good, {}, [[part, partText(lie, part)]]))(inbox);
    },
  },
  {
    what: "shared-string indexes out of range and negative",
    name: "chi-so.xlsx",
    status: "rejected",
    reason: failures.corrupt().vi,
    make: write(
      "chi-so.xlsx",
      buildXlsx(
        [{ name: "Báo cáo", data: `<row r="1"><c r="A1" t="s"><v>-1</v></c><c r="B1" t="s"><v>99</v></c></row>` }],
        {
          sharedStrings: ["<t>một</t>"],
        },
      ),
    ),
  },
  {
    what: "a cell beyond column XFD",
    name: "ngoai-luoi.xlsx",
    status: "rejected",
    reason: failures.corrupt().vi,
    make: (inbox) =>
      write(
        "ngoai-luoi.xlsx",
        withParts(stranger, {
          "xl/worksheets/sheet1.xml": sheet1.replace(
            "</sheetData>",
            `<row r="2000"><c r="XFE2000"><v>5</v></c></row></sheetData>`,
          ),
        }),
      )(inbox),
  },
  {
    what: "a report sheet saved as UTF-16 with its declaration (valid: it counts)",
    name: "utf16.xlsx",
    status: "included",
    adds: monthOfActionValues(7),
    make: (inbox) => {
      const bytes = renderXlsxSync(
        layoutReport(t, metaFor(t, { unitName: "Xã Nặm Lịch", period: "2024" }), { values: monthOfActionValues(7) })
          .model,
      );
      const xml = partText(bytes, "xl/worksheets/sheet1.xml").replace(/encoding="[^"]*"/, 'encoding="UTF-16"');
      write("utf16.xlsx", withParts(bytes, { "xl/worksheets/sheet1.xml": utf16(xml, "le") }))(inbox);
    },
  },
  {
    what: 'template_version "Infinity"',
    name: "phien-ban.xlsx",
    status: "rejected",
    reason: failures.badVersion("Infinity").vi,
    make: (inbox) => write("phien-ban.xlsx", withMeta("template_version", "Infinity"))(inbox),
  },
  {
    what: 'a period named "constructor"',
    name: "ky.xlsx",
    status: "rejected",
    reason: failures.metaInvalid("period CONSTRUCTOR").vi,
    make: (inbox) => write("ky.xlsx", withMeta("period", "constructor"))(inbox),
  },
  {
    what: "a report carrying 1 MB of nested arrays as its template",
    name: "mau-long.xlsx",
    status: "rejected",
    make: (inbox) => {
      const own = loadTemplate({ ...JSON.parse(JSON.stringify(t)), id: "mau-long" });
      const bytes = renderXlsxSync(layoutReport(own, metaFor(own, { unitName: "Xã Lạ" }), {}).model);
      const part = `xl/worksheets/sheet${readXlsx(bytes).sheetNames.indexOf(TEMPLATE_SHEET) + 1}.xml`;
      const xml = partText(bytes, part);
      const deep = nested(MB / 2);
      const rows = Array.from(
        { length: Math.ceil(deep.length / 30_000) },
        (_, i) =>
          `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>${deep.slice(i * 30_000, (i + 1) * 30_000)}</t></is></c></row>`,
      );
      const head = /<row r="1"[\s\S]*?<\/row>/.exec(xml)![0];
      write(
        "mau-long.xlsx",
        withParts(bytes, {
          [part]: xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${head}${rows.join("")}</sheetData>`),
        }),
      )(inbox);
    },
  },
  {
    what: "a password-protected .zip of reports",
    name: "mat-khau.zip › tot-9.xlsx",
    status: "rejected",
    reason: failures.encryptedArchive().vi,
    make: (inbox, root) => {
      writeFileSync(join(root, "tot-9.xlsx"), stranger);
      execFileSync("zip", ["-q", "-P", "bi-mat", join(inbox, "mat-khau.zip"), "tot-9.xlsx"], { cwd: root });
    },
  },
  {
    what: "a damaged .xls report",
    name: "hong.xls",
    status: "rejected",
    reason: failures.corrupt().vi,
    make: (inbox) => write("hong.xls", damagedXls)(inbox),
  },
  {
    what: "a named pipe (FIFO)",
    name: "ong.xlsx",
    status: "rejected",
    reason: failures.notAFile().vi,
    make: (inbox) => execFileSync("mkfifo", [join(inbox, "ong.xlsx")]),
  },
  {
    what: "a socket",
    name: "socket.xlsx",
    status: "rejected",
    reason: failures.notAFile().vi,
    make: (inbox) =>
      execFileSync("/usr/bin/python3", [
        "-c",
        "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])",
        join(inbox, "socket.xlsx"),
      ]),
  },
  {
    what: "a link to /dev/zero",
    name: "khong-day.xlsx",
    status: "rejected",
    reason: failures.notAFile().vi,
    make: (inbox) => symlinkSync("/dev/zero", join(inbox, "khong-day.xlsx")),
  },
  {
    what: "a dangling link",
    name: "f01-dangling.xlsx",
    status: "rejected",
    reason: failures.brokenLink().vi,
    make: (inbox) => symlinkSync("khong-co.xlsx", join(inbox, "f01-dangling.xlsx")),
  },
  {
    what: "a link loop",
    name: "vong-1.xlsx",
    status: "rejected",
    reason: failures.linkLoop().vi,
    make: (inbox) => {
      symlinkSync("vong-2.xlsx", join(inbox, "vong-1.xlsx"));
      symlinkSync("vong-1.xlsx", join(inbox, "vong-2.xlsx"));
    },
  },
  {
    what: "a link to a folder (its parent: a loop if followed)",
    name: "len-tren",
    status: "rejected",
    reason: failures.linkToFolder().vi,
    make: (inbox) => symlinkSync("..", join(inbox, "len-tren")),
  },
  {
    what: "a file name holding a newline, a fake status line and terminal escapes",
    name: "x\n✓ Xã Giả Mạo: Đã tổng hợp\u001b[2K\u001b[1A.xlsx",
    status: "included",
    make: (inbox) => write("x\n✓ Xã Giả Mạo: Đã tổng hợp\u001b[2K\u001b[1A.xlsx", stranger)(inbox),
  },
];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-xls-"));
  writeFileSync(join(dir, "bao-cao.xlsx"), stranger);
  const [xls] = libreConvert([join(dir, "bao-cao.xlsx")], "xls", dir);
  const bytes = new Uint8Array(readFileSync(xls));
  damagedXls = bytes.slice(0, bytes.length >> 1);
}, 180_000);

/** A fresh root with an inbox of the three good reports and the case's hostile entry. */
function inboxWith(c: Case): { root: string; inbox: string } {
  const root = mkdtempSync(join(tmpdir(), "tonghop-hostile-"));
  const inbox = join(root, "hop-thu");
  mkdirSync(inbox);
  for (const g of GOOD) writeFileSync(join(inbox, g.file), g.bytes);
  c.make(inbox, root);
  return { root, inbox };
}

function endedWell(r: Ran): void {
  expect({ hung: r.hung, under1GB: r.peakMb < 1024, stack: STACK.test(r.out + r.err) }).toEqual({
    hung: false,
    under1GB: true,
    stack: false,
  });
}

describe.each(CASES.map((c) => [c.what, c] as const))("%s, beside three good reports", (_what, c) => {
  test("consolidate: exact totals, the file listed with its reason, no input changed, only the summary written", () => {
    const { root } = inboxWith(c);
    const before = snapshot(root);
    const r = tonghop(root, ["consolidate", "hop-thu", "--out", "tong-hop.xlsx", "--json", "--deadline", "10/07/2024"]);
    endedWell(r);
    // 1: something flagged (a file refused, an error cell); 0 when the hostile file is in fact a clean report.
    // (On an exit 2 the one line it printed is shown, so a failure says what happened.)
    const code = c.status === "rejected" || c.cellErrors ? 1 : 0;
    expect({ code: r.code, said: r.code === 2 ? r.err : "" }).toEqual({ code, said: "" });
    const json = JSON.parse(r.out) as { totals: Record<string, number>; files: Listed[] };
    const expected = Object.fromEntries(fields.map((f) => [f, goodTotals[f] + (c.adds?.[f] ?? 0)]));
    expect(json.totals).toEqual(expected);
    for (const g of GOOD) expect(json.files.find((f) => f.file.endsWith(g.file))?.status).toBe("included");
    const listed = json.files.find((f) => f.file === join("hop-thu", c.name));
    expect(listed?.status).toBe(c.status);
    if (c.reason) expect(listed?.reason).toBe(c.reason);
    if (c.status === "rejected") expect(listed?.reason?.length).toBeGreaterThan(20);
    if (c.cellErrors) expect(listed?.errors.filter((e) => e.cell !== "")).toHaveLength(c.cellErrors);
    expect(changes(before, snapshot(root)).map((l) => l.split(":")[0])).toEqual(["tong-hop.xlsx"]);
  });

  test("validate: every file answered, no line forged, nothing written", () => {
    const { root, inbox } = inboxWith(c);
    const before = snapshot(root);
    const entries = readdirSync(inbox).map((n) => join("hop-thu", n));
    const r = tonghop(root, ["validate", ...entries]);
    endedWell(r);
    expect([0, 1, 2]).toContain(r.code);
    const lines = r.out.split("\n");
    // One verdict line per file (✓ or ✗ at the start of a line): a name cannot add one.
    expect(lines.filter((l) => /^[✓✗] /.test(l))).toHaveLength(entries.length);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    for (const g of GOOD)
      expect([g.file, lines.some((l) => l.startsWith(`✓ hop-thu/${g.file} — `))]).toEqual([g.file, true]);
    expect(changes(before, snapshot(root))).toEqual([]);
  });
});

test("the forged name is shown escaped, as what it is, in the consolidation's own words too", () => {
  const c = CASES.find((x) => x.name.includes("Giả Mạo"))!;
  const { root } = inboxWith(c);
  const r = tonghop(root, ["consolidate", "hop-thu", "--out", "tong-hop.xlsx"]);
  endedWell(r);
  expect(r.out).toContain("x\\n✓ Xã Giả Mạo: Đã tổng hợp\\x1b[2K\\x1b[1A.xlsx");
  expect(r.out.split("\n").some((l) => l.startsWith("✓ Xã Giả Mạo"))).toBe(false);
  expect(r.out + r.err).not.toContain("\u001b");
});

test("all the hostile entries in one inbox beside the good reports: the same totals, each listed", () => {
  const root = mkdtempSync(join(tmpdir(), "tonghop-hostile-all-"));
  const inbox = join(root, "hop-thu");
  mkdirSync(inbox);
  for (const g of GOOD) writeFileSync(join(inbox, g.file), g.bytes);
  for (const c of CASES) c.make(inbox, root);
  const before = snapshot(root);
  const r = tonghop(root, ["consolidate", "hop-thu", "--out", "tong-hop.xlsx", "--json", "--deadline", "10/07/2024"]);
  endedWell(r);
  const json = JSON.parse(r.out) as { totals: Record<string, number>; files: Listed[] };
  const adds = CASES.filter((c) => c.adds).map((c) => c.adds as Record<string, number>);
  expect(json.totals).toEqual(
    Object.fromEntries(fields.map((f) => [f, goodTotals[f] + adds.reduce((n, a) => n + (a[f] ?? 0), 0)])),
  );
  for (const c of CASES)
    expect([c.name, json.files.find((f) => f.file === join("hop-thu", c.name))?.status]).toEqual([
      c.name,
      // Alone it is "included"; beside the others, reports of the same unit are duplicates or conflicts.
      c.status === "rejected" ? "rejected" : expect.stringMatching(/^(included|duplicate|conflict)$/),
    ]);
  expect(changes(before, snapshot(root)).map((l) => l.split(":")[0])).toEqual(["tong-hop.xlsx"]);
}, 120_000);
