// Last year, as a province has it when it compares (cong-tac-tre-em, 2024-6T before the 2025 merger): each
// commune's report made by openpyxl (figures typed into tonghop's form, or a form typed by hand) or saved by
// LibreOffice, consolidated by tonghop with last year's roster into last year's summary, which LibreOffice
// then opened and saved; and this year's inbox (people-inbox.ts) with Cam Lộ's report added, its money typed
// in nghìn đồng. Last year's figures are this year's less a tenth, except where a story is planted: Cam Lộ's
// 12.000.000 đồng (12.000 this year), Gio Linh's trainees, a sixth of this year's (a real rise), and Khe
// Sanh's insured children under 6, half its children last year (the rate rose), and Gio Linh child-friendly
// last year (a base of 1).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { templateFields } from "../../src/core/templates";
import { renderXlsx } from "../../src/xlsx/write";
import { run } from "./cli";
import { libreConvert } from "./libreoffice";
import { openpyxlEdit, openpyxlTypedForms, type CellEdit } from "./openpyxl";
import { figures, peopleInbox, t, type Inbox } from "./people-inbox";
import { metaFor, tempDir } from "./reports";
import { typedChildWorkRows } from "./typed-form";

export const PROVINCE = "Sở Y tế tỉnh Quảng Trị";
/** Last year's roster: the communes before the merger. */
export const ROSTER_2024 =
  "STT,Tên đơn vị hành chính\n1,Xã Khe Sanh\n2,Xã Hướng Hóa\n3,Xã Lệ Thủy\n4,Xã Quảng Trung\n5,Xã Quảng Tùng\n" +
  "6,Xã Búng Lao\n7,Xã Xuân Lao\n8,Xã Gio Linh\n9,Xã Cam Lộ\n";

type Values = Record<string, number>;

/** Last year's figures: this year's less a tenth (money to the thousand đồng). */
export function lessATenth(v: Values): Values {
  const out: Values = {};
  for (const f of templateFields(t))
    out[f.id] = f.kind === "money" ? Math.round((v[f.id] * 0.9) / 1000) * 1000 : Math.round(v[f.id] * 0.9);
  return out;
}

/** Cam Lộ this year: its report typed into the form, its state funds in nghìn đồng (12.000 for 12.000.000). */
export const CAM_LO_2025: Values = { ...figures(10), funds_state: 12_000 };

export interface Years {
  /** This year's inbox (people-inbox.ts) with cam-lo.xlsx. */
  inbox: Inbox;
  /** Last year's reports, their folder and each commune's counted figures by file. */
  lastDir: string;
  last: Record<string, Values>;
  /** Last year's summary, made by tonghop then opened and saved by LibreOffice. */
  summary: string;
  root: string;
}

/** A blank tonghop form of `period` for `unit`, its figures then typed by openpyxl. */
async function typedInto(blankDir: string, out: string, unit: string, period: string, values: Values) {
  const layout = layoutReport(t, metaFor(t, { unitName: unit, period, reportDate: `${period.slice(0, 4)}-06-03` }));
  const blank = join(blankDir, out.replace(/[\\/]/g, "_"));
  writeFileSync(blank, await renderXlsx(layout.model));
  const cells: CellEdit[] = Object.entries(values).map(([id, value]) => ({
    sheet: REPORT_SHEET,
    cell: a1(layout.fields[id].row, layout.fields[id].col),
    kind: "number",
    value,
  }));
  return { src: blank, out, cells };
}

export async function years(): Promise<Years> {
  const inbox = await peopleInbox();
  const root = join(inbox.dir, "..");
  const blank = tempDir("tonghop-last-year-blank-");
  const lastDir = join(root, "bao-cao-2024");
  mkdirSync(lastDir);
  const now = inbox.counted;
  const last: Record<string, Values> = {
    // Fewer insured children last year: the rate rose since.
    "khe-sanh.xlsx": {
      ...lessATenth(now["Email 02-6/khe-sanh.xlsx"]),
      under6_insured: Math.round(lessATenth(now["Email 02-6/khe-sanh.xlsx"]).under6_total / 2),
    },
    "BC 6T Huong Hoa 2024.xlsx": lessATenth(now["Email 02-6/BC 6 thang Huong Hoa.xlsx"]),
    "le-thuy.xlsx": lessATenth(now["Le Thuy - BC 6T 2025 (sua lai).xlsx"]),
    "bung-lao.xlsx": lessATenth(now["bung-lao.xlsx"]),
    "xuan-lao.xlsx": lessATenth(now["xuan-lao.xls"]),
    "gio-linh.xlsx": {
      ...lessATenth(now["gio-linh.xlsx"]),
      trainees: Math.round(now["gio-linh.xlsx"].trainees / 6),
      // The one child-friendly commune last year (none this year): a base of 1, the change alone.
      communes_child_friendly: 1,
    },
    "cam-lo.xlsx": { ...lessATenth(CAM_LO_2025), funds_state: 12_000_000 },
    "quang-trung.xlsx": lessATenth(figures(5)),
    "quang-tung.xlsx": lessATenth(figures(11)),
  };
  const units: Record<string, string> = {
    "khe-sanh.xlsx": "Xã Khe Sanh",
    "bung-lao.xlsx": "Xã Búng Lao",
    "xuan-lao.xlsx": "Xã Xuân Lao",
    "gio-linh.xlsx": "Xã Gio Linh",
    "cam-lo.xlsx": "Xã Cam Lộ",
    "quang-trung.xlsx": "Xã Quảng Trung",
    "quang-tung.xlsx": "Xã Quảng Tùng",
  };
  const edits = await Promise.all(
    Object.entries(units).map(([file, unit]) => typedInto(blank, join(lastDir, file), unit, "2024-6T", last[file])),
  );
  // This year, Cam Lộ sends its workbook too (besides the CSV the inbox already holds).
  edits.push(await typedInto(blank, join(inbox.dir, "cam-lo.xlsx"), "Xã Cam Lộ", "2025-6T", CAM_LO_2025));
  openpyxlEdit(edits);
  inbox.counted["cam-lo.xlsx"] = CAM_LO_2025;
  // Hướng Hóa typed its form by hand; Lệ Thủy's form was saved by LibreOffice.
  openpyxlTypedForms([
    {
      out: join(lastDir, "BC 6T Huong Hoa 2024.xlsx"),
      rows: typedChildWorkRows(last["BC 6T Huong Hoa 2024.xlsx"], {
        title: "BIỂU SỐ LIỆU CÔNG TÁC TRẺ EM 6 THÁNG ĐẦU NĂM 2024",
        dateLine: "Hướng Hoá, ngày 04/6/2024",
      }),
      merges: ["A4:D4"],
    },
  ]);
  const leThuy = layoutReport(t, metaFor(t, { unitName: "Xã Lệ Thủy", period: "2024-6T", reportDate: "2024-06-03" }), {
    values: last["le-thuy.xlsx"],
  });
  writeFileSync(join(blank, "le-thuy.xlsx"), await renderXlsx(leThuy.model));
  libreConvert([join(blank, "le-thuy.xlsx")], "xlsx", lastDir);

  const roster = join(root, "danh-sach-2024.csv");
  writeFileSync(roster, ROSTER_2024);
  const made = join(blank, "tong-hop-2024.xlsx");
  const r = await run(
    "consolidate",
    lastDir,
    "--roster",
    roster,
    "--period",
    "2024-6T",
    "--as-unit",
    PROVINCE,
    "--level",
    "tinh",
    "--out",
    made,
  );
  if (r.code > 1) throw new Error(`last year's summary: ${r.err}`);
  const [saved] = libreConvert([made], "xlsx", join(blank, "saved"));
  const summary = join(root, "tong-hop-2024.xlsx");
  renameSync(saved, summary);
  return { inbox, lastDir, last, summary, root };
}
