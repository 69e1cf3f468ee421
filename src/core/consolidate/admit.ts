// Which read files belong in this consolidation: a report whose unit is known,
// of the template (id and content) and period being consolidated, and not the
// consolidating unit's own summary. Each other file is rejected with its
// reason and a code (FileOutcome.reasonCode).
import type { Localized } from "../i18n/lang";
import { consolidation } from "../i18n/messages";
import { parsePeriod } from "../meta";
import type { Template } from "../templates";
import { templateHash } from "../templates/catalogue";
import { sameUnit } from "../units";
import { identityLabel, type ReadReport } from "./read-report";
import type { ConsolidateOptions, FileOutcome, OutcomeCode, UnitFile } from "./types";

type Outcomes = Map<UnitFile, FileOutcome>;

/** Whether a report says who sent it: tonghop's metadata, or the issuer and title it prints. */
function knownUnit(r: ReadReport): boolean {
  return r.report.metaSource === "sheet" || parsePeriod(r.report.template, r.report.meta.period) !== null;
}

/**
 * Each read file's status: rejected with its reason (no unit, another template or version, another period, the
 * consolidating unit's own summary), else a candidate to include.
 */
export function assignStatuses(
  read: ReadReport[],
  outcomes: Outcomes,
  the: {
    template: Template;
    period: string;
    deadline: string;
    consolidatingUnit: ConsolidateOptions["consolidatingUnit"];
  },
): ReadReport[] {
  const { template, period, deadline, consolidatingUnit } = the;
  const candidates: ReadReport[] = [];
  for (const r of read) {
    const m = r.report.meta;
    const base: FileOutcome = {
      file: r.file.file,
      sha256: r.file.sha256,
      status: "rejected",
      unit: m.unitName,
      unitCode: m.unitCode,
      reportDate: m.reportDate,
      late: !!m.reportDate && m.reportDate > deadline,
      findings: r.findings,
    };
    const reject = (reasonCode: OutcomeCode, reason: Localized) =>
      outcomes.set(r.file, { ...base, reason, reasonCode });
    if (!knownUnit(r))
      outcomes.set(r.file, { ...base, unit: undefined, reason: consolidation.noUnit(), reasonCode: "no_unit" });
    else if (m.templateId !== template.id)
      reject("other_template", consolidation.otherTemplate(r.report.template.name.vi, template.name.vi));
    else if (r.report.template !== template && templateHash(r.report.template) !== templateHash(template)) {
      const ids = [identityLabel(r.report.template), identityLabel(template)] as const;
      reject("other_template_version", consolidation.otherTemplateVersion(template.name.vi, ...ids));
    } else if (m.period !== period) reject("other_period", consolidation.otherPeriod(m.period, period));
    else if (consolidatingUnit && sameUnit({ name: m.unitName, code: m.unitCode }, consolidatingUnit))
      reject("own_summary", consolidation.ownSummary());
    else {
      candidates.push(r);
      outcomes.set(r.file, { ...base, status: "included" });
    }
  }
  return candidates;
}
