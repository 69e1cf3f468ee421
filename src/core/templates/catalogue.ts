// The templates a reading, a validation or a consolidation may use: the
// built-ins plus those the user gave (--template) — passed as a value, never a
// global list, so a worker thread or the pane's worker knows exactly what the
// caller knows. Templates found embedded in a report are not added here: each
// report carries its own (see read/embedded-template.ts).
import { sha256Hex } from "../sha256";
import { builtInTemplates } from "./index";
import type { Template } from "./schema";

// TextEncoder exists wherever tonghop runs (Node, browsers, workers) but is not in the core's ES-only lib.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

export interface TemplateCatalogue {
  /** Given templates first, then the built-ins not shadowed by one of the same id. */
  readonly templates: readonly Template[];
  find(id: string): Template | undefined;
}

export function templateCatalogue(given: readonly Template[] = []): TemplateCatalogue {
  const ids = new Set(given.map((t) => t.id));
  const templates = [...given, ...builtInTemplates().filter((t) => !ids.has(t.id))];
  return { templates, find: (id) => templates.find((t) => t.id === id) };
}

let builtIn: TemplateCatalogue | undefined;
/** The built-ins alone: what a caller that was given no template may use. */
export function builtInCatalogue(): TemplateCatalogue {
  builtIn ??= templateCatalogue();
  return builtIn;
}

/** A template's definition as stored in a report: JSON of the checked template (keys in schema order). */
export function templateJson(t: Template): string {
  return JSON.stringify(t);
}

const hashes = new WeakMap<Template, string>();
/** SHA-256 of the template's JSON: with id and version, the template's identity. */
export function templateHash(t: Template): string {
  let h = hashes.get(t);
  if (h === undefined) {
    h = sha256Hex(new TextEncoder().encode(templateJson(t)));
    hashes.set(t, h);
  }
  return h;
}

/** Whether tonghop itself ships this very template (same id, version and content). */
export function isBuiltIn(t: Template): boolean {
  const b = builtInTemplates().find((x) => x.id === t.id);
  return b !== undefined && (b === t || templateHash(b) === templateHash(t));
}
