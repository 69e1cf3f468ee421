// On an old Excel the pane says, in both languages, what it cannot do and what to do instead; on a new one, nothing.
import { capabilitiesOf, missingFeatureNotes } from "../../src/excel/capabilities";

test("Excel 2016 (ExcelApi 1.1) is told of each missing feature, protection first", () => {
  const notes = missingFeatureNotes(capabilitiesOf((v) => v === "1.1"));
  expect(notes.map((n) => n.en.split(":")[0])).toEqual([
    "This Excel cannot protect sheets or merge cells",
    "This Excel cannot set column widths or hide the _tonghop sheet",
    "This Excel cannot name cells",
    "This Excel has no data validation on entry",
    "This Excel cannot set the page layout",
  ]);
  for (const n of notes) expect(n.vi).toMatch(/^Excel này /);
});

test("an Excel with every feature hears nothing; one without only page layout hears only that", () => {
  expect(missingFeatureNotes(capabilitiesOf(() => true))).toEqual([]);
  const noLayout = missingFeatureNotes(capabilitiesOf((v) => Number(v.split(".")[1]) < 9));
  expect(noLayout.map((n) => n.en)).toEqual([
    "This Excel cannot set the page layout: when printing, choose A4 and 'Fit all columns on one page'.",
  ]);
});
