// Unit reports built in memory, for consolidation tests that need many.
import { createHash } from "node:crypto";
import type { UnitFile } from "../../src/core/consolidate";
import { a1 } from "../../src/core/form/a1";
import type { ReportMeta } from "../../src/core/meta";
import { parseCellValue } from "../../src/core/read/value";
import type { Reading, UnitReport } from "../../src/core/vocabulary";
import { templateFields, type Template } from "../../src/core/templates";

export type Values = Record<string, number | string | null>;

export function unitReport(
  t: Template,
  meta: Partial<ReportMeta> & { unitName: string },
  values: Values,
  narratives: Record<string, string> = {},
): UnitReport {
  const readings: Record<string, Reading> = {};
  templateFields(t).forEach((f, i) => {
    const v = values[f.id];
    const cell =
      v === null || v === undefined
        ? undefined
        : { value: typeof v === "number" ? ({ t: "n", v } as const) : ({ t: "s", v } as const) };
    const parsed = parseCellValue(cell, f.kind, f.unit ?? f.label);
    readings[f.id] = { field: f.id, sheet: "Báo cáo", cell: a1(20 + i, 2), ...parsed };
  });
  return {
    template: t,
    meta: {
      templateId: t.id,
      templateVersion: t.version,
      level: "xa",
      period: t.periodKind === "year" ? "2024" : "2024-6T",
      ...meta,
    },
    metaSource: "sheet",
    readings,
    narratives: Object.fromEntries(
      Object.entries(narratives).map(([k, text]) => [k, { section: k, text, sheet: "Báo cáo", cell: "A10" }]),
    ),
    structure: [],
  };
}

export function unitFile(file: string, report: UnitReport, sha?: string): UnitFile {
  const digest =
    sha ??
    createHash("sha256")
      .update(file + JSON.stringify(report.readings) + JSON.stringify(report.meta))
      .digest("hex");
  return { file, sha256: digest, read: { ok: true, report } };
}
