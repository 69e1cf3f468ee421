// Which template a workbook without tonghop's metadata was made from (a copied
// sheet, a form typed by hand): the one whose fields are most found by their
// printed headers, if enough are. Otherwise the reason says what was looked
// for and what came closest ("tìm thấy 1 trong 3 bảng; bảng … không khớp …").
import { a1 } from "../form/a1";
import { failures } from "../i18n/messages";
import type { Template } from "../templates";
import type { TemplateCatalogue } from "../templates/catalogue";
import type { ReadFailure } from "../vocabulary";
import type { CellGrid } from "./grid";
import { locateFields, type Located, type TableFound } from "./locate";

/** Enough of a template's fields found by their headers to take the workbook as its report. */
function enough(found: number, total: number): boolean {
  return found >= Math.min(total, Math.max(2, Math.ceil(total * 0.4)));
}

const foundIn = (l: Located) => l.tables.reduce((n, t) => n + t.found, 0);
const totalIn = (l: Located) => l.tables.reduce((n, t) => n + t.total, 0);
/** A table counts as found when at least half its fields are. */
const tableFound = (t: TableFound) => t.found * 2 >= t.total;

export function recogniseTemplate(
  grid: CellGrid,
  templates: TemplateCatalogue,
): { template: Template; located: Located } | ReadFailure {
  const tried = templates.templates.map((template) => ({ template, located: locateFields(template, grid, new Map()) }));
  const ranked = tried
    .filter((x) => foundIn(x.located) > 0)
    .sort(
      (a, b) =>
        foundIn(b.located) / totalIn(b.located) - foundIn(a.located) / totalIn(a.located) ||
        foundIn(b.located) - foundIn(a.located),
    );
  const best = ranked[0];
  if (best && enough(foundIn(best.located), totalIn(best.located))) return best;
  return { code: "not_a_report", message: failures.notAReport(best && closest(best.template, best.located)) };
}

/** What came closest: the template, how many of its tables were found, and the first table not matched. */
function closest(template: Template, located: Located) {
  const missed = located.tables.find((t) => !tableFound(t));
  const near = missed?.firstMissing?.nearest;
  return {
    template: template.name.vi,
    tablesFound: located.tables.filter(tableFound).length,
    tables: located.tables.length,
    table: missed?.table.name,
    label: missed?.firstMissing?.field.label,
    nearest: near?.text,
    cell: near ? `${missed?.firstMissing?.sheet}!${a1(near.row, near.col)}` : undefined,
  };
}
