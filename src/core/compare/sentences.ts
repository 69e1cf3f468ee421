// The ready sentences of the summary report, one per field and rate of each table, as reports write them:
// "Tặng quà, số lượng trẻ em: 1.254, tăng 112 (9,8%) so với cùng kỳ năm trước." A field is named in words
// a sentence can hold: a group's label then the field's ("Tặng quà, số lượng trẻ em"), a sub-count after
// its total ("Trẻ em bị bạo lực, xâm hại, trong đó được hỗ trợ, can thiệp").
import { compareMessages } from "../i18n/compare";
import type { Localized } from "../i18n/lang";
import type { Field, Template } from "../templates";
import type { FieldChange, RateChange, TableSentences } from "./types";

const SUB = /^[—–-]\s*/;
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
/** A group's label without its aside ("Các hoạt động vui chơi, giải trí (hội thi, …)" → without the list). */
const bare = (s: string) => s.replace(/\s*\([^()]*\)\s*$/, "").trim();

/** A field's name in a sentence. */
export function sentenceLabel(template: Template, fieldId: string): string {
  for (const table of template.tables) {
    for (const g of table.groups) {
      const i = g.fields.findIndex((f) => f.id === fieldId);
      if (i < 0) continue;
      const f = g.fields[i];
      if (table.orientation === "columns")
        return g.label === undefined ? f.label : `${bare(g.label)}, ${lowerFirst(f.label)}`;
      if (!SUB.test(f.label)) return f.label;
      const total = g.fields
        .slice(0, i)
        .reverse()
        .find((x) => !SUB.test(x.label));
      const own = f.label.replace(SUB, "");
      return total ? `${total.label}, ${own}` : own;
    }
  }
  return fieldId;
}

/** The noun a count is said with, where the form prints one ("trẻ em", "cuộc"); money says "đồng" itself. */
export function countNoun(field: Field): string {
  return field.kind === "count" ? (field.unit ?? "") : "";
}

/** Each table's sentences: its fields in printed order, each rate after its field. */
export function tableSentences(
  template: Template,
  fields: FieldChange[],
  rates: RateChange[],
  against: Localized,
  /** Said first in each table when the periods do not count the same units. */
  caveat?: Localized,
): TableSentences[] {
  const byField = new Map(fields.map((f) => [f.field, f]));
  const byRate = new Map(rates.map((r) => [r.rate, r]));
  return template.tables.map((table) => {
    const lines: Localized[] = [];
    for (const f of table.groups.flatMap((g) => g.fields)) {
      const c = byField.get(f.id);
      if (c && c.current !== null) {
        const label = sentenceLabel(template, f.id);
        const noun = countNoun(f);
        lines.push(
          c.change === null
            ? compareMessages.noPreviousValue(label, c.current, f.kind, noun, against)
            : compareMessages.changeSentence({
                label,
                kind: f.kind,
                noun,
                current: c.current,
                change: c.change,
                ratio: c.ratio,
                against,
              }),
        );
      }
      for (const rate of table.rates.filter((r) => r.afterField === f.id)) {
        const r = byRate.get(rate.id);
        if (r && r.current !== null && r.previous !== null && r.points !== null)
          lines.push(
            compareMessages.rateSentence({
              label: rate.label,
              current: r.current,
              previous: r.previous,
              points: r.points,
              against,
            }),
          );
      }
    }
    if (caveat && lines.length) lines.unshift(caveat);
    return { table: table.id, name: table.caption ?? table.name, lines };
  });
}
