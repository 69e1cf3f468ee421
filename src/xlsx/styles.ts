// The styles part of a written workbook: each distinct cell style of the
// model becomes one cellXfs entry, built from deduplicated fonts, fills,
// borders and number formats.
import type { CellStyle, SheetModel } from "../core/layout/model";
import { escapeXml } from "./xml-write";

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

class Table {
  private readonly index = new Map<string, number>();
  readonly items: string[] = [];
  constructor(initial: string[]) {
    initial.forEach((x) => this.add(x));
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleTable {
  private readonly fonts = new Table(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  private readonly fills = new Table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly byStyle = new Map<string, number>();
  /** Layouts reuse style objects: most lookups end here, without building a key. */
  private readonly byObject = new WeakMap<CellStyle, number>();

  constructor(private readonly font: SheetModel["font"]) {}

  private numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The cellXfs index of a style. */
  id(s: CellStyle): number {
    const same = this.byObject.get(s);
    if (same !== undefined) return same;
    const key = JSON.stringify(s);
    const known = this.byStyle.get(key);
    if (known !== undefined) {
      this.byObject.set(s, known);
      return known;
    }
    const f = s.font ?? {};
    const font = this.fonts.add(
      `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}<sz val="${f.size ?? this.font.size}"/><name val="${escapeXml(this.font.name)}"/><family val="1"/></font>`,
    );
    const fill = s.fill
      ? this.fills.add(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const thin = '<color rgb="FF000000"/>';
    const border = s.border
      ? this.borders.add(
          `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`,
        )
      : s.topRule
        ? this.borders.add(`<border><left/><right/><top style="thin">${thin}</top><bottom/><diagonal/></border>`)
        : 0;
    const numFmt = s.numFmt ? this.numFmtId(s.numFmt) : 0;
    const align = [
      s.horizontal ? `horizontal="${s.horizontal}"` : "",
      s.vertical ? `vertical="${s.vertical === "middle" ? "center" : s.vertical}"` : "",
      s.wrap ? 'wrapText="1"' : "",
    ].filter((x) => x);
    const locked = s.locked ?? true;
    const xf =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1">` +
      (align.length ? `<alignment ${align.join(" ")}/>` : "") +
      `<protection locked="${locked ? 1 : 0}" hidden="0"/></xf>`;
    const id = this.xfs.add(xf);
    this.byStyle.set(key, id);
    this.byObject.set(s, id);
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts.entries()].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${this.fonts.items.length}">${this.fonts.items.join("")}</fonts>` +
      `<fills count="${this.fills.items.length}">${this.fills.items.join("")}</fills>` +
      `<borders count="${this.borders.items.length}">${this.borders.items.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.items.length}">${this.xfs.items.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}
