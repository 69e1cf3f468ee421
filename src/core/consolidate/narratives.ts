// The summary's narrative sections: each unit's text whole, and all of them led by their units' names, joined
// and cut at a paragraph boundary to fit one Excel cell.
import { consolidation } from "../i18n/messages";
import { MAX_CELL_TEXT } from "../limits";
import type { Template } from "../templates";
import type { ReadReport } from "./read-report";
import type { Summary, UnitRow, UnitText } from "./types";
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

/**
 * Each narrative section: every unit's text, whole (the document and the workbook's rows print them all), and
 * the texts joined, each led by its unit's name, cut to fit one cell.
 */
export function compileNarratives(
  template: Template,
  included: ReadReport[],
  units: UnitRow[],
): Pick<Summary, "narratives" | "unitNarratives"> {
  const narratives = record<string>();
  const unitNarratives = record<UnitText[]>();
  for (const s of template.sections.filter((x) => x.narrative)) {
    const texts = included
      .map((r, i) => ({ unit: units[i].name, text: r.report.narratives[s.id]?.text ?? "" }))
      .filter((p) => p.text !== "");
    unitNarratives[s.id] = texts;
    narratives[s.id] = joinWithin(
      texts.map((p) => `${p.unit}: ${p.text}`),
      MAX_CELL_TEXT,
    );
  }
  return { narratives, unitNarratives };
}
