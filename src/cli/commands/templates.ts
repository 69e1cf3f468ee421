// `tonghop templates`: the built-in report templates.
import { builtInTemplates, templateFields } from "../../core/templates";
import { msg, type Lang } from "../cli-messages";

export function templatesCommand(json: boolean, lang: Lang, out: (s: string) => void): number {
  const list = builtInTemplates().map((t) => ({
    id: t.id,
    version: t.version,
    name: t.name[lang],
    periodKind: t.periodKind,
    tables: t.tables.map((x) => x.name),
    fields: templateFields(t).map((f) => f.id),
  }));
  if (json) {
    out(JSON.stringify(list, null, 2));
    return 0;
  }
  out(msg(lang, "templatesHeader"));
  for (const t of list)
    out(`  ${t.id.padEnd(18)} v${t.version}  ${t.name}  (${msg(lang, "fieldCount", { n: t.fields.length })})`);
  return 0;
}
