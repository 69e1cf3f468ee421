// The summary's sheet of submissions: every file received and every roster
// unit, with its status, timeliness, findings and SHA-256. The statuses' words
// are the core catalogue's (i18n/status.ts), in Vietnamese as the official form.
import { formatVnDate } from "../dates";
import { consolidation } from "../i18n/messages";
import { feedbackMessages } from "../i18n/feedback";
import { isExplained } from "../consolidate/explanations";
import { fileStatusKey, statusWord } from "../i18n/status";
import type { FileOutcome, Summary } from "../consolidate/types";
import { baseName } from "../paths";
import type { Finding } from "../vocabulary";
import { SheetBuilder, wrappedHeight } from "./builder";
import type { ModelCell, SheetRows } from "./model";
import { BAND, ERROR_FILL, headerStyle, landscape, small, styles } from "./summary-style";

export const STATUS_SHEET = "Tình trạng nộp báo cáo";

/** Each finding in a line; one the unit explained says so and quotes the unit (a warning explained is not open). */
function findingLines(findings: Finding[]): string {
  return findings
    .map((f) => {
      const head = isExplained(f) ? feedbackMessages.explained().vi : f.severity === "error" ? "LỖI" : "Cảnh báo";
      const answer = f.explanation ? ` Giải trình của đơn vị: «${f.explanation.text}»` : "";
      return `${head}: ${f.message.vi}${answer}`;
    })
    .join("\n");
}

/** The status sheet, made row by row. */
export function statusRows(s: Summary): SheetRows {
  const b = new SheetBuilder();
  const cols = [
    "STT",
    "Đơn vị",
    "Mã",
    "Tệp",
    "Trạng thái",
    "Ngày báo cáo",
    "Thời hạn",
    "Số lỗi",
    "Số cảnh báo",
    "Nội dung lỗi, cảnh báo, lý do",
    "SHA-256 của tệp",
  ];
  const included = s.files.filter((f) => f.status === "included").length;
  const others = s.periodChoice.found.filter((p) => p.period !== s.period).map((p) => `${p.period} (${p.files} tệp)`);
  const facts = [
    consolidation.period(s.period, s.periodChoice.source, s.deadline ? formatVnDate(s.deadline) : "", others).vi,
    `Hạn nộp: ${s.deadline ? formatVnDate(s.deadline) : "không đặt"}${s.deadlineSource === "template" ? " (theo mẫu)" : ""}`,
    `Số tệp nhận được: ${s.files.length}; đã tổng hợp: ${included}`,
    s.rosterGiven
      ? `Đơn vị chưa nộp: ${s.missing.length}`
      : "Không có danh sách đơn vị: không xác định được đơn vị chưa nộp.",
    `Đơn vị đã nộp, cần xử lý: ${s.unresolved.length}`,
    `Đơn vị nộp muộn: ${s.late.length}`,
    ...(s.incomplete
      ? [consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units, s.incomplete.missingFields).vi]
      : []),
    ...(s.skipped.length ? [consolidation.skipped(s.skipped.map(baseName)).vi] : []),
  ];
  const headerRow = 2 + facts.length + 1;
  const sheet = b.sheet(STATUS_SHEET, {
    state: "visible",
    columns: [6, 24, 8, 26, 20, 12, 12, 8, 10, 70, 20],
    protect: false,
    showGridLines: false,
    print: landscape,
    frozenRows: headerRow,
  });
  const extent = {
    maxRow: headerRow + s.files.length + s.unresolved.length + s.missing.length,
    maxCol: cols.length,
  };
  return { sheet: { ...sheet, cells: [] }, extent, bands: statusBands(s, b, cols, facts) };
}

function* statusBands(s: Summary, b: SheetBuilder, cols: string[], facts: string[]): Generator<ModelCell[]> {
  b.block(1, 1, 1, cols.length, `TÌNH TRẠNG NỘP BÁO CÁO — KỲ ${s.period}`, {
    font: { bold: true, size: 14 },
    horizontal: "center",
  });
  facts.forEach((text, i) =>
    b.block(2 + i, 1, 2 + i, cols.length, text, {
      font: { size: small, bold: text.startsWith("Tổng số chưa") },
      ...(text.startsWith("Tổng số chưa") ? { fill: ERROR_FILL } : {}),
    }),
  );
  let row = 2 + facts.length + 1;
  cols.forEach((c, i) => b.put(row, i + 1, c, headerStyle));
  b.height(row, 30);
  row += 1;
  let n = 1;
  const line = (values: (string | number | undefined)[], bad: boolean) => {
    values.forEach((v, i) =>
      b.put(
        row,
        i + 1,
        v,
        i === 9 ? (bad ? styles.statusWrapBad : styles.statusWrap) : bad ? styles.statusBad : styles.statusLine,
      ),
    );
    b.height(row, Math.min(409, Math.max(16, wrappedHeight(String(values[9] ?? ""), 70, small))));
    row += 1;
  };
  const timeliness = (f: FileOutcome) =>
    f.status !== "included" ? "" : f.late ? "Muộn" : f.reportDate ? "Đúng hạn" : "Không rõ ngày";
  for (const f of s.files) {
    if (b.cells.length >= BAND) yield b.take();
    const errors = f.findings.filter((x) => x.severity === "error").length;
    const explained = f.findings.filter(isExplained).length;
    const details = [f.reason?.vi, findingLines(f.findings)].filter((x) => x).join("\n");
    line(
      [
        n++,
        f.rosterName ?? f.unit ?? "",
        f.unitCode ?? "",
        baseName(f.file),
        statusWord(fileStatusKey(f), "vi"),
        f.reportDate ? formatVnDate(f.reportDate) : "",
        timeliness(f),
        errors,
        f.findings.length - errors - explained,
        details,
        f.sha256,
      ],
      f.status === "rejected" || f.status === "conflict" || f.status === "held" || errors > 0,
    );
  }
  const [unresolved, missing] = [statusWord("unresolved", "vi"), statusWord("missing", "vi")];
  for (const u of s.unresolved) {
    if (b.cells.length >= BAND) yield b.take();
    line(
      [n++, u.name, u.code ?? "", u.files.map(baseName).join(", "), unresolved, "", "", "", "", u.reason.vi, ""],
      true,
    );
  }
  for (const m of s.missing) {
    if (b.cells.length >= BAND) yield b.take();
    line([n++, m.name, m.code ?? "", "", missing, "", missing, "", "", m.note?.vi ?? "", ""], true);
  }
  yield b.take();
}
