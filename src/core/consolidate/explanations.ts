// The units' answers from returned feedback workbooks, attached to the findings they answer: a step of
// consolidation. An answer belongs to a finding of the same unit with the same code, sheet, cell and field,
// in whichever of the unit's files shows it (a corrected report that still shows the warning keeps its
// answer). A warning answered is "đã giải trình", no longer an open problem; an error answered is shown with
// its answer and is still to be fixed (its value is not counted until it is).
import { feedbackMessages } from "../i18n/feedback";
import { sameUnit } from "../units";
import type { Finding, FindingKey, ReturnedFeedback } from "../vocabulary";
import type { FileOutcome } from "./types";

/** The finding a feedback row was about, as written in the workbook. */
export function sameFinding(f: Finding, k: FindingKey): boolean {
  return (
    f.code === k.code &&
    f.sheet.normalize("NFC") === k.sheet &&
    f.cell.toUpperCase() === k.cell.toUpperCase() &&
    (f.field ?? undefined) === (k.field ?? undefined)
  );
}

/** A warning the unit answered: listed as "đã giải trình", not as a problem. */
export function isExplained(f: Finding): boolean {
  return f.severity === "warning" && f.explanation !== undefined;
}

/** The findings still to act on: every error, and the warnings nobody has explained. */
export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !isExplained(f));
}

/** A returned feedback workbook among the inputs: where it came from and what the unit answered. */
export interface ReturnedFile {
  outcome: FileOutcome;
  feedback: ReturnedFeedback;
}

/**
 * Attaches each answer to the findings it answers, in the files of the same unit (any status but another
 * feedback workbook), and says on each returned workbook's outcome what became of its answers.
 */
export function attachExplanations(
  outcomes: FileOutcome[],
  returned: ReturnedFile[],
  scope: { templateId: string; period: string },
): void {
  for (const { outcome, feedback } of returned) {
    const unit = feedback.unitName || "?";
    if (feedback.templateId !== scope.templateId || feedback.period !== scope.period) {
      outcome.reason = feedbackMessages.returnedOther(unit, feedback.period || "?", scope.period);
      continue;
    }
    const who = { name: feedback.unitName, code: feedback.unitCode };
    const files = outcomes.filter(
      (o) =>
        o.status !== "feedback" &&
        ((o.rosterName !== undefined && sameUnit(who, { name: o.rosterName, code: o.unitCode })) ||
          (o.unit !== undefined && sameUnit(who, { name: o.unit, code: o.unitCode }))),
    );
    let attached = 0;
    for (const answer of feedback.answers) {
      let hit = false;
      for (const o of files) {
        o.findings = o.findings.map((f) => {
          if (!sameFinding(f, answer.key)) return f;
          hit = true;
          return { ...f, explanation: { text: answer.text, from: outcome.file } };
        });
      }
      if (hit) attached += 1;
    }
    outcome.reason = feedbackMessages.returned(unit, feedback.answers.length, attached);
  }
}
