// Which of a unit's files counts. Files are grouped into units (by roster
// entry when matched, else by code when the files have one, else by name);
// within a unit, byte-identical and same-content files are duplicates, the
// latest report date wins, and when the latest cannot be told apart the
// unit's reports are a conflict that the user settles by keeping one (the
// others are then "not kept"). Never silently picks one of two different
// reports. A file whose file name names another unit never replaces the
// unit's own report.
import { formatVnDate } from "../dates";
import { consolidation } from "../i18n/messages";
import { baseName } from "../paths";
import type { UnitReport } from "../vocabulary";
import type { Localized } from "../i18n/lang";
import { fold } from "../text";
import { codeKey, nameKey } from "../units";
import { fileLabel } from "../paths";
import type { FileStatus } from "../vocabulary";
import type { OutcomeCode } from "./types";

export interface Entry<K> {
  key: K;
  report: UnitReport;
  sha256: string;
  file: string;
  /** The roster entry's key, when matched: groups spellings of one unit. */
  group?: string;
  /** Set when the file name names another unit: why it cannot replace this unit's own report. */
  foreign?: Localized;
}

export interface Decision<K> {
  key: K;
  status: Exclude<FileStatus, "rejected">;
  reason?: Localized;
  reasonCode?: OutcomeCode;
  /** Said of an included file: kept as the correction of the others (a warning on it). */
  said?: Localized;
  /** Superseded because the user kept another of the unit's reports. */
  notKept?: true;
}

/** What a report says, for telling re-saved copies from different reports. */
function signature(r: UnitReport): string {
  const values = Object.keys(r.readings)
    .sort()
    .map((k) => [k, r.readings[k].raw]);
  const texts = Object.keys(r.narratives)
    .sort()
    .map((k) => [k, r.narratives[k].text]);
  return JSON.stringify([r.meta.reportDate ?? null, values, texts]);
}

function groupByUnit<K>(entries: Entry<K>[]): Entry<K>[][] {
  const byCode = new Map<string, Entry<K>[]>();
  const byName = new Map<string, Entry<K>[]>();
  const byRoster = new Map<string, Entry<K>[]>();
  for (const e of entries) {
    if (e.group !== undefined) {
      byRoster.set(e.group, [...(byRoster.get(e.group) ?? []), e]);
      continue;
    }
    const code = e.report.meta.unitCode;
    const map = code ? byCode : byName;
    const key = code ? codeKey(code) : nameKey(e.report.meta.unitName);
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  // A file without a code joins the coded unit of the same name, when there is exactly one.
  const codesByName = new Map<string, Set<string>>();
  for (const [code, list] of byCode) {
    for (const e of list) {
      const k = nameKey(e.report.meta.unitName);
      codesByName.set(k, (codesByName.get(k) ?? new Set()).add(code));
    }
  }
  for (const [name, list] of [...byName]) {
    const codes = codesByName.get(name);
    if (codes && codes.size === 1) {
      const code = [...codes][0];
      byCode.set(code, [...(byCode.get(code) ?? []), ...list]);
      byName.delete(name);
    }
  }
  return [...byRoster.values(), ...byCode.values(), ...byName.values()];
}

function decide<K>(group: Entry<K>[], keep: Set<string>): Decision<K>[] {
  const decisions: Decision<K>[] = [];
  const bySha = new Map<string, Entry<K>>();
  const bySig = new Map<string, Entry<K>>();
  const distinct: Entry<K>[] = [];
  for (const e of group) {
    // Computed once, and only when there is something to compare with (most units send one file).
    const sig = group.length > 1 ? signature(e.report) : "";
    const same = bySha.get(e.sha256) ?? bySig.get(sig);
    if (same) {
      const reason = consolidation.duplicate(baseName(same.file));
      decisions.push({ key: e.key, status: "duplicate", reason, reasonCode: "duplicate" });
      continue;
    }
    bySha.set(e.sha256, e);
    bySig.set(sig, e);
    distinct.push(e);
  }
  // The user's choice first; then the unit's own files before one made on its form by a neighbour.
  const kept = distinct.filter((e) => keep.has(e.file));
  const own = distinct.filter((e) => !e.foreign);
  const pool = kept.length ? kept : own.length ? own : distinct;
  for (const e of distinct) {
    if (pool.includes(e)) continue;
    const others = kept.map((k) => baseName(k.file)).join(", ");
    if (kept.length) {
      const reason = consolidation.notKept(others);
      decisions.push({ key: e.key, status: "superseded", notKept: true, reason, reasonCode: "not_kept" });
    } else
      decisions.push({ key: e.key, status: "conflict", reason: e.foreign as Localized, reasonCode: "foreign_form" });
  }
  if (pool.length === 1) {
    decisions.push({ key: pool[0].key, status: "included" });
    return decisions;
  }
  const dated = pool.every((e) => e.report.meta.reportDate);
  const latest = dated
    ? pool
        .map((e) => e.report.meta.reportDate as string)
        .sort()
        .pop()
    : undefined;
  const dateTop = latest ? pool.filter((e) => e.report.meta.reportDate === latest) : pool;
  // Of reports of one date, the one whose file name says it corrects the others ("(sửa lại)", "lần 2").
  const corrected = dateTop.length > 1 ? correctionOf(dateTop) : undefined;
  const top = corrected ? [corrected] : dateTop;
  for (const e of pool) {
    if (corrected && dateTop.includes(e) && e !== corrected) {
      const reason = consolidation.correctedBy(baseName(corrected.file));
      decisions.push({ key: e.key, status: "superseded", reason, reasonCode: "corrected" });
    } else if (!top.includes(e)) {
      decisions.push({
        key: e.key,
        status: "superseded",
        reasonCode: "superseded",
        reason: consolidation.superseded(top.map((t) => baseName(t.file)).join(", "), formatVnDate(latest as string)),
      });
    } else if (top.length === 1) {
      const others = dateTop.filter((o) => o !== e).map((o) => baseName(o.file));
      const said = corrected ? consolidation.keptCorrection(baseName(e.file), others.join(", ")) : undefined;
      decisions.push({ key: e.key, status: "included", ...(said ? { said } : {}) });
    } else {
      decisions.push({
        key: e.key,
        status: "conflict",
        reasonCode: "conflict",
        reason: consolidation.conflict(
          top
            .filter((t) => t !== e)
            .map((t) => baseName(t.file))
            .join(", "),
        ),
      });
    }
  }
  return decisions;
}

/**
 * How surely a file name says the file corrects an earlier one: "lần 3", "v3" by their number; "sửa lại",
 * "bổ sung", "điều chỉnh", "thay thế", "bản sửa" (with or without marks) 1; none 0.
 */
export function correctionRank(file: string): number {
  const name = fold(fileLabel(file)).replace(/\.[a-z0-9]{1,5}$/, "");
  const numbered = /(?:^|[^a-z0-9])(?:lan|v|ver|version)\s?(\d{1,2})(?![0-9])/.exec(name);
  if (numbered && Number(numbered[1]) >= 2) return Number(numbered[1]);
  return /sua lai|sua doi|bo sung|dieu chinh|thay the|ban sua|da sua|\(sua\)/.test(name) ? 1 : 0;
}

/** The one report of several that its name marks as the latest correction, if exactly one is. */
function correctionOf<K>(reports: Entry<K>[]): Entry<K> | undefined {
  const ranks = reports.map((e) => correctionRank(e.file));
  const best = Math.max(...ranks);
  return best > 0 && ranks.filter((r) => r === best).length === 1 ? reports[ranks.indexOf(best)] : undefined;
}

export function groupUnits<K>(entries: Entry<K>[], keep: Iterable<string> = []): { decisions: Decision<K>[] }[] {
  const kept = new Set(keep);
  return groupByUnit(entries).map((g) => ({ decisions: decide(g, kept) }));
}
