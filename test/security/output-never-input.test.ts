// The output can never be an input, whatever links lie between: --out naming
// an input through a link to the inbox folder, the inbox given through a link
// and --out naming an input by its real path, --out a hard link to an input,
// a link in the inbox pointing at the output, --out naming the roster or the
// template file — each refused in words with exit 2, with --force too, and no
// input (or link target) changes. A link standing where the output goes is
// replaced, never written through. Runs the compiled command line.
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layoutReport } from "../../src/core/layout/report";
import { monthOfActionValues } from "../../src/demo/samples";
import { renderXlsxSync } from "../../src/xlsx/write";
import { changes, snapshot, STACK, tonghop } from "../helpers/hostile-run";
import { metaFor, template } from "../helpers/reports";

const t = template("thang-hanh-dong");
const report = (unitName: string, seed: number) =>
  renderXlsxSync(layoutReport(t, metaFor(t, { unitName }), { values: monthOfActionValues(seed) }).model);
const REFUSED = "đó là một tệp đầu vào hoặc nằm trong thư mục đang đọc";

/** A root with hop-thu/ holding two reports, a roster, a template file and an outline. */
function setUp(): string {
  const root = mkdtempSync(join(tmpdir(), "tonghop-out-"));
  mkdirSync(join(root, "hop-thu"));
  writeFileSync(join(root, "hop-thu", "xa-a.xlsx"), report("Xã Ẳng Cang", 1));
  writeFileSync(join(root, "hop-thu", "xa-b.xlsx"), report("Xã Ẳng Tở", 2));
  writeFileSync(join(root, "danh-sach.csv"), "Tên đơn vị\nXã Ẳng Cang\nXã Ẳng Tở\n");
  writeFileSync(join(root, "mau.json"), JSON.stringify(t));
  writeFileSync(join(root, "de-cuong.txt"), readFileSync(join(__dirname, "..", "fixtures", "seed-000-outline.txt")));
  return root;
}

const CASES: [what: string, arrange: (root: string) => void, args: string[]][] = [
  [
    "--out names an input through a link to the inbox folder",
    (root) => symlinkSync("hop-thu", join(root, "lien-ket")),
    ["consolidate", "hop-thu", "--out", "lien-ket/xa-a.xlsx", "--force"],
  ],
  [
    "the inbox is given through a link and --out names an input by its real path",
    (root) => symlinkSync("hop-thu", join(root, "lien-ket")),
    ["consolidate", "lien-ket", "--out", "hop-thu/xa-b.xlsx", "--force"],
  ],
  [
    "--out is a hard link to an input",
    (root) => linkSync(join(root, "hop-thu", "xa-a.xlsx"), join(root, "cung-tep.xlsx")),
    ["consolidate", "hop-thu", "--out", "cung-tep.xlsx", "--force"],
  ],
  [
    "a link in the inbox points at the output file",
    (root) => {
      writeFileSync(join(root, "tong-hop.xlsx"), report("Huyện", 3));
      symlinkSync("../tong-hop.xlsx", join(root, "hop-thu", "lien-ket-tong-hop.xlsx"));
    },
    ["consolidate", "hop-thu", "--out", "tong-hop.xlsx", "--force"],
  ],
  [
    "--out is inside the inbox reached through a link",
    (root) => symlinkSync("hop-thu", join(root, "lien-ket")),
    ["consolidate", "hop-thu", "--out", "lien-ket/moi.xlsx"],
  ],
  [
    "--out is the roster",
    () => undefined,
    ["consolidate", "hop-thu", "--roster", "danh-sach.csv", "--out", "danh-sach.csv", "--force"],
  ],
  [
    "--out is the template file",
    () => undefined,
    ["consolidate", "hop-thu", "--template", "mau.json", "--out", "mau.json", "--force"],
  ],
  [
    "template from-outline --out is the outline, through a link",
    (root) => symlinkSync("de-cuong.txt", join(root, "ban-sao.txt")),
    ["template", "from-outline", "de-cuong.txt", "--out", "ban-sao.txt", "--force"],
  ],
  [
    "template export --out is the template file",
    () => undefined,
    ["template", "export", "mau.json", "--out", "mau.json", "--force"],
  ],
  [
    "new --out is its template file",
    () => undefined,
    ["new", "--template", "mau.json", "--out", "mau.json", "--unit-name", "Xã A", "--period", "2024", "--force"],
  ],
];

describe.each(CASES)("%s: refused in words, nothing changed", (_what, arrange, args) => {
  test("exit 2, one line, every input and link target as it was", () => {
    const root = setUp();
    arrange(root);
    const before = snapshot(root);
    const r = tonghop(root, args);
    expect({ code: r.code, hung: r.hung, stack: STACK.test(r.err) }).toEqual({ code: 2, hung: false, stack: false });
    expect(r.err).toContain(REFUSED);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(changes(before, snapshot(root))).toEqual([]);
  });
});

test("a link standing where the output goes is replaced (with --force), never written through", () => {
  const root = setUp();
  const elsewhere = join(root, "noi-khac.xlsx");
  writeFileSync(elsewhere, "không được ghi đè");
  symlinkSync("noi-khac.xlsx", join(root, "tong-hop.xlsx"));
  const without = tonghop(root, ["consolidate", "hop-thu", "--out", "tong-hop.xlsx"]);
  expect([without.code, without.err]).toEqual([2, expect.stringContaining("--force")]);
  const r = tonghop(root, ["consolidate", "hop-thu", "--out", "tong-hop.xlsx", "--force"]);
  expect(r.code).toBe(0);
  expect(readFileSync(elsewhere, "utf8")).toBe("không được ghi đè");
  expect(snapshot(root).get("tong-hop.xlsx")).toMatch(/^[0-9a-f]{64}$/);
});
