// Fuzzing: mutated report files (bit flips, truncations, swapped entries,
// shuffled XML, huge strings, wrong types, formulas, merged inputs, deleted or
// renamed sheets, garbage) go through validation and consolidation together
// with untouched files. Never a crash, never a hang; every damaged file is
// rejected with a reason or read with findings; a file read with no finding
// gives exactly the original numbers; the untouched files are all consolidated
// with the right totals. FUZZ_FILES sets the count (npm test: 500; npm run fuzz: 5000).
import { consolidate, type UnitFile } from "../../src/core/consolidate";
import { layoutReport } from "../../src/core/layout/report";
import type { Finding } from "../../src/core/vocabulary";
import { templateFields } from "../../src/core/templates";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues, rng } from "../../src/demo/samples";
import { renderXlsxSync } from "../../src/xlsx/write";
import { readReportBytes } from "../../src/xlsx/report-file";
import { metaFor, template } from "../helpers/reports";
import { MUTATIONS, mutate, type Mutation } from "./mutate";

const COUNT = Number(process.env.FUZZ_FILES ?? 500);
/** A file read and checked slower than this counts as a hang (the slowest ordinary one takes about 100 ms). */
const HANG_MS = 3000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Mutations that change the file, not what it legitimately says: a finding-free read must keep the numbers. */
const MUST_KEEP_NUMBERS: Mutation[] = [
  "bit_flip",
  "truncate",
  "swap_entries",
  "shuffle_rows",
  "huge_string",
  "merged_inputs",
  "delete_sheet",
  "rename_sheet",
  "garbage_xml",
  "delete_part",
  "duplicate_cells",
  "duplicate_entry",
  "case_duplicate",
  "utf16_sheet",
  "declared_encoding",
  "shared_index",
  "nonfinite_number",
  "beyond_grid",
  "unclosed_tags",
  "long_text_cell",
  "meta_names",
  "encrypted_flag",
];

const t = template("thang-hanh-dong");
const fields = templateFields(t).map((f) => f.id);
const narratives = Object.fromEntries(t.sections.filter((s) => s.narrative).map((s) => [s.id, `Nội dung ${s.id}`]));

function report(name: string, seed: number): { bytes: Uint8Array; values: Record<string, number> } {
  const values = monthOfActionValues(seed);
  const bytes = renderXlsxSync(
    layoutReport(t, metaFor(t, { unitName: name, reportDate: "2024-07-01" }), { values, narratives }).model,
  );
  return { bytes, values };
}

test(`${COUNT} mutated files and 20 untouched ones`, () => {
  const rand = rng(SEED);
  const originals = Array.from({ length: 10 }, (_, i) => report(`Xã Gốc ${i + 1}`, i + 1));
  const untouched = Array.from({ length: 20 }, (_, i) => ({
    name: `Xã Sạch ${i + 1}`,
    ...report(`Xã Sạch ${i + 1}`, 100 + i),
  }));

  const rejected = new Map<string, number>();
  const byMutation = new Map<Mutation, { rejected: number; findings: number; clean: number }>();
  let slowest = 0;
  const hangs: string[] = [];
  const crashes: string[] = [];
  const files: UnitFile[] = [];
  for (let i = 0; i < COUNT; i++) {
    const k = Math.floor(rand() * originals.length);
    const m = MUTATIONS[i % MUTATIONS.length];
    let bytes: Uint8Array;
    try {
      bytes = mutate(originals[k].bytes, m, rand);
    } catch {
      continue; // the mutation itself could not be built (e.g. nothing to edit)
    }
    const t0 = performance.now();
    let read: UnitFile["read"];
    let findings: Finding[] = [];
    try {
      read = readReportBytes(bytes, `fuzz-${i}.xlsx`);
      if (read.ok) findings = validateReport(read.report);
    } catch (e) {
      // A throw out of reading or checking is a crash: counted, named, and the test fails below.
      crashes.push(`${m} #${i}: ${(e as Error).message}`);
      continue;
    }
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    if (ms > HANG_MS || (!read.ok && read.failure.code === "too_slow")) hangs.push(`${m} #${i}: ${ms.toFixed(0)} ms`);
    if (!read.ok && read.failure.code === "internal") crashes.push(`${m} #${i}: ${read.failure.message.en}`);
    files.push({ file: `fuzz-${i}.xlsx`, sha256: `fuzz-${i}`, read });

    const stat = byMutation.get(m) ?? { rejected: 0, findings: 0, clean: 0 };
    if (!read.ok) {
      // "internal" means a bug of ours surfaced: name the mutation and the error.
      expect(read.failure.code === "internal" ? `${m} #${i}: ${read.failure.message.en}` : "ok").toBe("ok");
      expect(read.failure.message.vi.length).toBeGreaterThan(20);
      rejected.set(read.failure.code, (rejected.get(read.failure.code) ?? 0) + 1);
      stat.rejected++;
    } else if (findings.length > 0) {
      for (const f of findings) expect(f.message.vi.length).toBeGreaterThan(10);
      stat.findings++;
    } else {
      stat.clean++;
      if (MUST_KEEP_NUMBERS.includes(m)) {
        const got = Object.fromEntries(fields.map((f) => [f, read.report.readings[f]?.value]));
        expect({ mutation: m, file: i, values: got }).toEqual({ mutation: m, file: i, values: originals[k].values });
      }
    }
    byMutation.set(m, stat);
  }

  for (const u of untouched)
    files.push({ file: `${u.name}.xlsx`, sha256: u.name, read: readReportBytes(u.bytes, `${u.name}.xlsx`) });
  const summary = consolidate(files, { consolidatingUnit: { name: "Huyện Thử", level: "huyen" } }).summary;
  expect(summary).toBeDefined();
  const statusOf = (name: string) => summary!.files.find((f) => f.file === `${name}.xlsx`)?.status;
  for (const u of untouched) expect(statusOf(u.name)).toBe("included");
  // The untouched units' numbers are in the summary exactly once, unchanged.
  for (const u of untouched) {
    const row = summary!.units.filter((x) => x.name === u.name);
    expect(row).toHaveLength(1);
    for (const f of fields) expect(row[0].readings[f].value).toBe(u.values[f]);
  }
  // Totals are the sums of the included units' valid values.
  for (const f of fields)
    expect(summary!.totals[f]).toBe(summary!.units.reduce((n, x) => n + (x.readings[f]?.value ?? 0), 0));
  expect(crashes).toEqual([]);
  // Hangs (a file over HANG_MS, or refused as too slow by the reader's own clock) are counted and printed below,
  // not asserted: a loaded machine is slow, and a reader that stalls is stopped by its own limit (MAX_MS_PER_FILE).

  const lines = [
    `fuzz: ${files.length - untouched.length} mutated files tried (seed ${SEED}), slowest ${slowest.toFixed(0)} ms; ` +
      `${hangs.length} hangs (over ${HANG_MS / 1000} s), ${crashes.length} crashes`,
  ];
  lines.push(
    `  rejected by reason: ${[...rejected]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(", ")}`,
  );
  for (const [m, s] of byMutation)
    lines.push(`  ${m.padEnd(15)} rejected ${s.rejected}, read with findings ${s.findings}, read clean ${s.clean}`);
  for (const h of hangs) lines.push(`  slow: ${h}`);
  lines.push(`  all ${untouched.length} untouched files consolidated with the right totals`);
  process.stdout.write(lines.join("\n") + "\n");
});
