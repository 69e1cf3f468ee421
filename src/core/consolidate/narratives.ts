// The summary's narrative sections: each unit's text led by its name, joined
// and cut at a paragraph boundary to fit one Excel cell.
import { consolidation } from "../i18n/messages";
import { MAX_CELL_TEXT } from "../limits";
import type { Template } from "../templates";
import type { ReadReport } from "./read-report";
import type { UnitRow } from "./types";
import { record } from "../records";

/**
 * Paragraphs joined, cut at a paragraph boundary to fit one cell (Excel holds
 * at most 32,767 characters), saying how many units' texts were left out.
 */
export function joinWithin(paragraphs: string[], max: number): string {
  let text = "";
  for (let i = 0; i < paragraphs.length; i++) {
    const next = (text ? text + "\n" : "") + paragraphs[i];
    // The summary workbook is a Vietnamese document: its texts are in Vietnamese.
    const note = `\n${consolidation.narrativesLeftOut(paragraphs.length - i).vi}`;
    if (next.length + note.length > max) return text + note;
    text = next;
  }
  return text;
}

/** Each narrative section: the units' texts, each led by its unit's name, cut to fit one cell. */
export function compileNarratives(
  template: Template,
  included: ReadReport[],
  units: UnitRow[],
): Record<string, string> {
  const narratives = record<string>();
  for (const s of template.sections.filter((x) => x.narrative)) {
    const paragraphs = included
      .map((r, i) => ({ text: r.report.narratives[s.id]?.text ?? "", name: units[i].name }))
      .filter((p) => p.text !== "")
      .map((p) => `${p.name}: ${p.text}`);
    narratives[s.id] = joinWithin(paragraphs, MAX_CELL_TEXT);
  }
  return narratives;
}
