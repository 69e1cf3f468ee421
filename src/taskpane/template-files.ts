// A user's template as a file and back, in the pane: its JSON (what `tonghop template from-outline` writes, the
// same identity when opened again) or its definition workbook (to edit in Excel, `tonghop template export`'s);
// a template file opened again, checked as any user template is. Loaded on demand: a chunk of its own.
import { definitionModel } from "../core/definition/write";
import { templateFromDefinition } from "../core/definition/read";
import { definitionMessages, templateFileMessages } from "../core/i18n/template-messages";
import type { Localized } from "../core/i18n/lang";
import { MAX_TEMPLATE_BYTES } from "../core/limits";
import type { Template } from "../core/templates";
import { parseUserTemplate } from "../core/templates/user-template";
import { decodeText } from "../core/text-decode";
import { readXlsx } from "../xlsx/read";
import { ReadError } from "../xlsx/read-error";
import { failureOf } from "../xlsx/report-file";
import { XLSX_TYPE } from "./host/save-file";

export interface TemplateFile {
  bytes: Uint8Array;
  name: string;
  type: string;
}

/** The template as a file: its JSON as the CLI writes it, or its definition workbook. */
export async function templateFile(t: Template, kind: "json" | "xlsx"): Promise<TemplateFile> {
  if (kind === "json")
    return {
      bytes: new TextEncoder().encode(JSON.stringify(t, null, 2) + "\n"),
      name: `mau-${t.id}.json`,
      type: "application/json",
    };
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/write");
  return { bytes: await renderXlsx(definitionModel(t)), name: `dinh-nghia-${t.id}.xlsx`, type: XLSX_TYPE };
}

export type OpenedTemplate = { ok: true; template: Template } | { ok: false; problems: Localized[] };

/** A template file's bytes (JSON, or a definition workbook: a zip), checked; its problems where it fails. */
export function openTemplateFile(bytes: Uint8Array): OpenedTemplate {
  if (bytes.length > MAX_TEMPLATE_BYTES)
    return { ok: false, problems: [templateFileMessages.tooLarge(bytes.length, MAX_TEMPLATE_BYTES)] };
  // A workbook is a zip ("PK"); anything else is read as the JSON text it should be.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return parseUserTemplate(decodeText(bytes).text);
  try {
    const r = templateFromDefinition(readXlsx(bytes));
    if (r.template) return { ok: true, template: r.template };
    return { ok: false, problems: r.problems.map((p) => definitionMessages.located(p.sheet, p.cell, p.message)) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, problems: [failureOf(e).message] };
    throw e;
  }
}
