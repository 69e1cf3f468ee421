// What a province receives for the 6-month report (cong-tac-tre-em, 2025-6T) after the 2025 merger, as
// communes really fill and send it — made by openpyxl and LibreOffice, not by tonghop's writer alone: the
// province's form with the date typed over the date line and counts written "không", "-", "12 em"; a form
// typed by hand with people's labels and title; a same-date correction named "(sua lai)"; an old commune's
// name the roster's remark names; a neighbour's form named for another commune; a copied sheet; a CSV; a report
// sent again in a zip inside a Mac's zip.
// Shared by the CLI test and the web page's.
import { zipSync } from "fflate";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../src/core/form/a1";
import { META_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import type { ReportMeta } from "../../src/core/meta";
import { templateFields } from "../../src/core/templates";
import { renderXlsx } from "../../src/xlsx/write";
import { libreConvert } from "./libreoffice";
import { openpyxlEdit, openpyxlTypedForms, type CellEdit } from "./openpyxl";
import { metaFor, template, tempDir } from "./reports";
import { typedChildWorkRows } from "./typed-form";

export const t = template("cong-tac-tre-em");
export const DEADLINE = "05/06/2025";
export const ROSTER_CSV =
  "STT,Tên đơn vị hành chính,Ghi chú\n" +
  "1,Xã Khe Sanh,\n2,Xã Hướng Hóa,\n3,Xã Lệ Thủy,\n" +
  '4,Xã Tân Gianh,"Sáp nhập xã Quảng Trung, xã Quảng Tùng (2025)"\n' +
  "5,Xã Búng Lao,\n6,Xã Xuân Lao,\n7,Xã Gio Linh,\n8,Xã Cam Lộ,\n";

/** A commune's figures: sub-counts within their totals, money in whole đồng. */
export function figures(seed: number): Record<string, number> {
  const v: Record<string, number> = {};
  templateFields(t).forEach((f, i) => (v[f.id] = f.kind === "money" ? 1_000_000 * (seed + i) : 100 * seed + i));
  Object.assign(v, {
    // Above every "trong đó" count (special_total, under6_total…), as a commune's total is.
    children_total: 100 * seed + 99,
    special_assisted: v.special_total,
    abused_supported: v.abused_total,
    under6_insured: v.under6_total - 1,
    villages_with_venue: 1,
    communes_total: 1,
    communes_child_friendly: 0,
  });
  return v;
}

const meta = (unitName: string, reportDate?: string): ReportMeta =>
  metaFor(t, { unitName, period: "2025-6T", reportDate, level: "xa" });

async function form(path: string, unitName: string, values: Record<string, number>, reportDate?: string) {
  const layout = layoutReport(t, meta(unitName, reportDate), { values });
  writeFileSync(path, await renderXlsx(layout.model));
  return layout;
}

export interface Inbox {
  dir: string;
  roster: string;
  /** What each commune's counted figures are, by the file that should count. */
  counted: Record<string, Record<string, number>>;
}

export async function peopleInbox(): Promise<Inbox> {
  const root = tempDir("tonghop-people-");
  const dir = join(root, "nhan-duoc");
  const blank = join(root, "blank");
  mkdirSync(join(dir, "Email 02-6"), { recursive: true });
  mkdirSync(blank);
  const counted: Inbox["counted"] = {};

  // The province's form, no date: Khe Sanh types the date over the line, and its counts the Vietnamese way.
  const khe = figures(1);
  const layout = await form(join(blank, "khe-sanh.xlsx"), "Xã Khe Sanh", khe);
  const at = (id: string) => a1(layout.fields[id].row, layout.fields[id].col);
  const sheet = layout.reportDate.sheet;
  const cells: CellEdit[] = [
    {
      sheet,
      cell: a1(layout.reportDate.row, layout.reportDate.col),
      kind: "text",
      value: "Khe Sanh, ngày 06 tháng 6 năm 2025",
    },
    { sheet, cell: at("drowning_deaths"), kind: "text", value: "không" },
    { sheet, cell: at("child_labour"), kind: "text", value: "-" },
    { sheet, cell: at("forum_children"), kind: "text", value: "12 em" },
  ];
  const copied = join(blank, "gio-linh.xlsx");
  await form(copied, "Xã Gio Linh", figures(7), "2025-06-02");
  openpyxlEdit([
    { src: join(blank, "khe-sanh.xlsx"), out: join(dir, "Email 02-6", "khe-sanh.xlsx"), cells },
    // A report sheet copied into a new workbook: tonghop's sheet and names are gone.
    { src: copied, out: join(dir, "gio-linh.xlsx"), delete_sheets: [META_SHEET], delete_names: true },
  ]);
  counted["Email 02-6/khe-sanh.xlsx"] = { ...khe, drowning_deaths: 0, child_labour: 0, forum_children: 12 };
  counted["gio-linh.xlsx"] = figures(7);

  // Typed by hand: own layout, hyphens, "Trong đó:", BHYT, HCĐB, its own title, two lines of issuer.
  const huong = figures(2);
  openpyxlTypedForms([
    {
      out: join(dir, "Email 02-6", "BC 6 thang Huong Hoa.xlsx"),
      rows: typedChildWorkRows(huong, { issuer: "UBND XÃ HƯỚNG HOÁ", dateLine: "Hướng Hoá, ngày 04/6/2025" }),
      merges: ["A4:D4"],
    },
  ]);
  counted["Email 02-6/BC 6 thang Huong Hoa.xlsx"] = huong;

  // Lệ Thủy sends a correction the same day, named so; LibreOffice saved it.
  await form(join(dir, "Le Thuy - BC 6T 2025.xlsx"), "Xã Lệ Thủy", figures(3), "2025-06-03");
  await form(join(blank, "Le Thuy - BC 6T 2025 (sua lai).xlsx"), "Xã Lệ Thủy", figures(4), "2025-06-03");
  libreConvert([join(blank, "Le Thuy - BC 6T 2025 (sua lai).xlsx")], "xlsx", dir);
  counted["Le Thuy - BC 6T 2025 (sua lai).xlsx"] = figures(4);

  // An old commune's name, merged into Tân Gianh: not on the roster.
  await form(join(dir, "quang-trung.xlsx"), "Xã Quảng Trung", figures(5), "2025-06-04");
  // Búng Lao's own report, and its form filled again under a file named for Xuân Lao; Xuân Lao's as .xls.
  await form(join(dir, "bung-lao.xlsx"), "Xã Búng Lao", figures(6), "2025-06-03");
  await form(join(dir, "Báo cáo xã Xuân Lao.xlsx"), "Xã Búng Lao", figures(9), "2025-06-04");
  await form(join(blank, "xuan-lao.xlsx"), "Xã Xuân Lao", figures(8), "2025-06-04");
  libreConvert([join(blank, "xuan-lao.xlsx")], "xls", dir);
  counted["bung-lao.xlsx"] = figures(6);
  // Búng Lao sends its report again from a Mac: a zip holding the zip it made, with the Mac's "._" companions.
  const bung = new Uint8Array(readFileSync(join(dir, "bung-lao.xlsx")));
  const inner = zipSync({ "bung-lao.xlsx": bung, "__MACOSX/._bung-lao.xlsx": new Uint8Array(120) });
  writeFileSync(
    join(dir, "Bung Lao (Mac).zip"),
    zipSync({ "bung-lao.zip": inner, "__MACOSX/._bung-lao.zip": new Uint8Array(120) }),
  );
  counted["xuan-lao.xls"] = figures(8);

  // A table exported as CSV.
  writeFileSync(join(dir, "so-lieu-cam-lo.csv"), "STT,Chỉ tiêu,Số liệu\n1,Tổng số trẻ em,1200\n2,Trẻ em có HCĐB,35\n");
  const roster = join(root, "danh-sach.csv");
  writeFileSync(roster, ROSTER_CSV);
  copyFileSync(roster, join(root, "danh-sach-copy.csv"));
  return { dir, roster, counted };
}
