// Every text cell of a sheet by its label key (form/labels.ts), built once per
// sheet and shared by every template tried on it: finding a printed label is a
// map lookup, however people typed it.
import { foldedLabelKey, labelKey, looseLabelKey, type Aliases } from "../form/labels";
import { unaccented } from "../text";
import { cellText, type GridSheet } from "./grid";

export type Hit = [row: number, col: number];

/** A unit of money named in an aside: such an aside is never dropped ("Kinh phí (triệu đồng)"). */
const MONEY_ASIDE = /\([^()]{0,40}(?:triệu|nghìn|ngàn|tỷ|tỉ|trieu|nghin|ngan)[^()]{0,40}\)/iu;
/** Longer text is a narrative, not a label. */
const MAX_LABEL = 400;

function push(map: Map<string, Hit[]>, key: string, hit: Hit): void {
  const list = map.get(key);
  if (list) list.push(hit);
  else map.set(key, [hit]);
}

export class TextIndex {
  private readonly byKey = new Map<string, Hit[]>();
  private readonly byLoose = new Map<string, Hit[]>();
  private readonly byFolded = new Map<string, Hit[]>();
  /** Every label-like text cell, in row order: for saying which printed label came closest. */
  readonly labels: { hit: Hit; key: string; text: string }[] = [];

  constructor(
    readonly sheet: GridSheet,
    readonly aliases?: Aliases,
  ) {
    for (const [row, col, cell] of sheet.cells()) {
      if (cell.value?.t !== "s" || cell.value.v.length > MAX_LABEL) continue;
      const text = cell.value.v;
      const key = labelKey(text, aliases);
      if (key === "") continue;
      push(this.byKey, key, [row, col]);
      if (!MONEY_ASIDE.test(text.normalize("NFC"))) push(this.byLoose, looseLabelKey(text, aliases), [row, col]);
      if (unaccented(text)) push(this.byFolded, foldedLabelKey(text, aliases), [row, col]);
      this.labels.push({ hit: [row, col], key, text });
    }
  }

  /** Cells printing `label`: with the same words, else without asides, else (typed without marks) without marks. */
  find(label: string): Hit[] {
    const same = this.byKey.get(labelKey(label, this.aliases));
    if (same) return same;
    return (
      this.byLoose.get(looseLabelKey(label, this.aliases)) ??
      this.byFolded.get(foldedLabelKey(label, this.aliases)) ??
      []
    );
  }

  textAt(row: number, col: number): string {
    return cellText(this.sheet.cell(row, col));
  }
}

/** One index per sheet (and aliases): a report tried against several templates is indexed once. */
const indexes = new WeakMap<GridSheet, Map<Aliases | undefined, TextIndex>>();

export function textIndex(sheet: GridSheet, aliases?: Aliases): TextIndex {
  let bySheet = indexes.get(sheet);
  if (!bySheet) indexes.set(sheet, (bySheet = new Map()));
  let idx = bySheet.get(aliases);
  if (!idx) bySheet.set(aliases, (idx = new TextIndex(sheet, aliases)));
  return idx;
}
