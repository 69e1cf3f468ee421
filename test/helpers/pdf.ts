// Reading back the PDFs LibreOffice makes, with poppler's tools (an independent reader): each page's text as
// laid out, each page's size, where words sit on a page, and the fonts a PDF really used.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

function poppler(tool: string, args: string[]): string {
  const path = `/usr/bin/${tool}`;
  if (!existsSync(path)) throw new Error(`${tool} is missing: run .ci/run or \`apt-get install poppler-utils\`.`);
  return execFileSync(path, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** Each page's text, laid out as printed (pdftotext -layout). */
export function pdfPages(pdf: string): string[] {
  const pages = poppler("pdftotext", ["-layout", pdf, "-"]).split("\f");
  return pages.slice(0, pages.length - 1);
}

/** Each page's text in reading order (a table's cells one after the other), lines joined by single spaces. */
export function pdfTexts(pdf: string): string[] {
  const pages = poppler("pdftotext", [pdf, "-"]).split("\f");
  return pages.slice(0, pages.length - 1).map((p) => p.replace(/\s+/g, " ").trim());
}

/** Each page's size in points and its orientation. */
export function pdfPageSizes(pdf: string): { width: number; height: number; landscape: boolean }[] {
  const count = Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", [pdf]))?.[1] ?? 0);
  const info = poppler("pdfinfo", ["-f", "1", "-l", String(count), pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => {
    const [width, height] = [Number(m[1]), Number(m[2])];
    return { width, height, landscape: width > height };
  });
}

/** The words of a page with their boxes, in points from the top-left corner (pdftotext -bbox). */
export function pdfWords(
  pdf: string,
  page: number,
): { text: string; x: number; y: number; right: number; bottom: number }[] {
  const html = poppler("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"]);
  const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return [...html.matchAll(word)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    right: Number(m[3]),
    bottom: Number(m[4]),
    text: m[5],
  }));
}

/** The fonts the PDF embeds or names (pdffonts), without the subset prefix. */
export function pdfFonts(pdf: string): string[] {
  return poppler("pdffonts", [pdf])
    .split("\n")
    .slice(2)
    .map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ""))
    .filter((n): n is string => !!n);
}

export const MM = 72 / 25.4;
