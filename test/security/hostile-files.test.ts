// Templates, outlines and rosters built to break their readers, through the
// compiled command line: each ends by itself (a hang is killed after a minute
// and fails), under 1 GB, in one refusal of words with its exit code and no
// stack trace; nothing from the file reaches the terminal raw.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { failures } from "../../src/core/i18n/messages";
import { rosterMessages } from "../../src/core/i18n/roster";
import { outlineMessages, templateFileMessages } from "../../src/core/i18n/template-messages";
import { layoutReport } from "../../src/core/layout/report";
import {
  MAX_FILE_BYTES,
  MAX_OUTLINE_LINE,
  MAX_OUTLINE_LINES,
  MAX_ROSTER_LINE,
  MAX_TEMPLATE_DEPTH,
} from "../../src/core/limits";
import { renderXlsxSync } from "../../src/xlsx/write";
import { adversarial, MB } from "../helpers/hostile";
import { changes, snapshot, STACK, tonghop } from "../helpers/hostile-run";
import { metaFor, template } from "../helpers/reports";

const t = template("thang-hanh-dong");
const TITLE = "BÁO CÁO KẾT QUẢ NĂM 2024\n\nI. Mục một\n";

/** A root holding one report and the given files. */
function rootWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "tonghop-files-"));
  writeFileSync(join(root, "xa-a.xlsx"), renderXlsxSync(layoutReport(t, metaFor(t), {}).model));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(root, name), data);
  return root;
}

const CASES: [
  what: string,
  files: () => Record<string, string | Uint8Array>,
  args: string[],
  code: number,
  says: string,
][] = [
  [
    "template check of 1 MB of nested arrays",
    () => ({ "mau.json": "[".repeat(MB / 2) + "]".repeat(MB / 2) }),
    ["template", "check", "mau.json"],
    1,
    templateFileMessages.tooDeep(MAX_TEMPLATE_DEPTH).vi,
  ],
  [
    "validate --template of 1 MB of nested arrays",
    () => ({ "mau.json": "[".repeat(MB / 2) + "]".repeat(MB / 2) }),
    ["validate", "xa-a.xlsx", "--template", "mau.json"],
    2,
    templateFileMessages.tooDeep(MAX_TEMPLATE_DEPTH).vi,
  ],
  [
    "consolidate --template of nested arrays where the sections belong",
    () => ({
      "mau.json": JSON.stringify({ ...t, sections: "§" }).replace('"§"', "[".repeat(300_000) + "]".repeat(300_000)),
    }),
    ["consolidate", "xa-a.xlsx", "--template", "mau.json", "--json"],
    2,
    templateFileMessages.tooDeep(MAX_TEMPLATE_DEPTH).vi,
  ],
  [
    "an outline of 100,000 short lines",
    () => ({ "de-cuong.txt": TITLE + adversarial("x\n", 200_000) }),
    ["template", "from-outline", "de-cuong.txt", "--out", "mau.json"],
    2,
    outlineMessages.tooManyLines(100_004, MAX_OUTLINE_LINES).vi,
  ],
  [
    "an outline line of 500,000 spaces ending in x",
    () => ({ "de-cuong.txt": TITLE + adversarial(" ", 500_000, "", "x") }),
    ["template", "from-outline", "de-cuong.txt", "--out", "mau.json"],
    2,
    outlineMessages.lineTooLong(4, 500_001, MAX_OUTLINE_LINE).vi,
  ],
  [
    "an outline of 1 MB of spaces ending in x (bigger than any template file)",
    () => ({ "de-cuong.txt": adversarial(" ", MB, "", "x") }),
    ["template", "from-outline", "de-cuong.txt", "--out", "mau.json"],
    2,
    "Tệp mẫu quá lớn",
  ],
  [
    "an outline header row of 200,000 tabs",
    () => ({ "de-cuong.txt": TITLE + "A" + "\t".repeat(200_000) + "B\n" }),
    ["template", "from-outline", "de-cuong.txt", "--out", "mau.json"],
    2,
    outlineMessages.lineTooLong(4, 200_002, MAX_OUTLINE_LINE).vi,
  ],
  [
    "a roster whose first line is 1,000,000 colons",
    () => ({ "danh-sach.csv": ":".repeat(1_000_000) + "\nXã A\n" }),
    ["consolidate", "xa-a.xlsx", "--roster", "danh-sach.csv", "--json"],
    2,
    rosterMessages.lineTooLong(1, 1_000_000, MAX_ROSTER_LINE).vi,
  ],
  [
    "a roster larger than any file read",
    () => ({ "danh-sach.csv": adversarial("Xã A\n", MAX_FILE_BYTES + 10) }),
    ["consolidate", "xa-a.xlsx", "--roster", "danh-sach.csv", "--json"],
    2,
    "MB mỗi tệp",
  ],
  [
    "a roster with NUL bytes and escapes in a name (shown escaped, not raw)",
    () => ({ "danh-sach.csv": "Tên đơn vị\nXã \u0000\u001b[31mĐỏ\n" }),
    ["consolidate", "xa-a.xlsx", "--roster", "danh-sach.csv", "--json"],
    2,
    "\\x00\\x1b[31mĐỏ",
  ],
];

describe.each(CASES)("%s", (_what, files, args, code, says) => {
  test(`exit ${code}, refused in words, no stack, under 1 GB, nothing written`, () => {
    const root = rootWith(files());
    const before = snapshot(root);
    const r = tonghop(root, args);
    expect({ code: r.code, hung: r.hung, stack: STACK.test(r.out + r.err), under1GB: r.peakMb < 1024 }).toEqual({
      code,
      hung: false,
      stack: false,
      under1GB: true,
    });
    expect(r.out + r.err).toContain(says);
    expect(r.out + r.err).not.toMatch(/[\u0000\u001b]/);
    expect(changes(before, snapshot(root))).toEqual([]);
  });
});

describe("a roster, template or last period that is not a file", () => {
  test.each([
    ["--roster", "/dev/zero", (root: string) => ({ path: "/dev/zero", root })],
    [
      "--roster",
      "a named pipe",
      (root: string) => (execFileSync("mkfifo", [join(root, "ong.csv")]), { path: "ong.csv", root }),
    ],
    ["--template", "/dev/zero", (root: string) => ({ path: "/dev/zero", root })],
    ["--previous", "/dev/zero", (root: string) => ({ path: "/dev/zero", root })],
    [
      "--template",
      "a named pipe",
      (root: string) => (execFileSync("mkfifo", [join(root, "mau.json")]), { path: "mau.json", root }),
    ],
  ])("%s %s: refused at once in words", (option, _what, arrange) => {
    const { path, root } = arrange(rootWith({}));
    const r = tonghop(root, ["consolidate", "xa-a.xlsx", option, path, "--json"]);
    expect({ code: r.code, hung: r.hung, under1GB: r.peakMb < 1024 }).toEqual({ code: 2, hung: false, under1GB: true });
    expect(r.err).toContain(failures.notAFile().vi);
  });
});
