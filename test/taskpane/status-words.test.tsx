/** @jest-environment jsdom */
// The pane calls each file's status, and each unit with nothing counted, by the short words of the core's one
// catalogue (core/i18n/status.ts), in Vietnamese and English: the same status as the summary sheet and the CLI
// (test/cli/status-words.test.ts). What each file's status is comes from consolidate() itself, not a list here.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { consolidate, type UnitFile } from "../../src/core/consolidate";
import { fileStatusKey, statusWord, type StatusKey } from "../../src/core/i18n/status";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { fmt, strings, type Lang } from "../../src/taskpane/i18n";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost } from "./fake-host";

const t = template("thang-hanh-dong");
const report = (unitName: string, seed: number, reportDate = "2024-07-01") =>
  unitReport(t, { unitName, reportDate, period: "2024" }, monthOfActionValues(seed));
const units: UnitFile[] = [
  unitFile("ang-cang.xlsx", report("Xã Ẳng Cang", 1), "same"),
  unitFile("ang-cang - Copy.xlsx", report("Xã Ẳng Cang", 1), "same"),
  unitFile("ang-nua-cu.xlsx", report("Xã Ẳng Nưa", 2, "2024-06-25")),
  unitFile("ang-nua.xlsx", report("Xã Ẳng Nưa", 3)),
  unitFile("xuan-lao-1.xlsx", report("Xã Xuân Lao", 4)),
  unitFile("xuan-lao-2.xlsx", report("Xã Xuân Lao", 5)),
  unitFile("bung-lao-1.xlsx", report("Xã Búng Lao", 6)),
  unitFile("bung-lao-2.xlsx", report("Xã Búng Lao", 7)),
  // Not on the roster (an old name from before a merger): held until kept.
  unitFile("quang-trung.xlsx", report("Xã Quảng Trung", 8)),
  {
    file: "hong.xlsx",
    sha256: "x",
    read: { ok: false, failure: { code: "corrupt", message: { vi: "Hỏng.", en: "Bad." } } },
  },
];
const roster = ["Xã Ẳng Cang", "Xã Ẳng Nưa", "Xã Xuân Lao", "Xã Búng Lao", "Xã Nặm Lịch"].map((name) => ({ name }));
const unit = { name: "Huyện Mường Ảng", level: "huyen" } as const;

test.each(["vi", "en"] as const)(
  "the pane (%s) shows each status by the catalogue's short words",
  async (lang: Lang) => {
    const s = strings(lang);
    render(
      <App
        host={fakeHost({ parseFiles: async () => units, rosterFromFile: async () => roster })}
        lang={lang}
        initialJob="consolidate"
      />,
    );
    fireEvent.change(screen.getByLabelText(s.chooseFiles, { selector: "input" }), {
      target: { files: units.map((u) => new File(["x"], u.file)) },
    });
    fireEvent.change(screen.getByLabelText(s.rosterFile, { selector: "input" }), {
      target: { files: [new File(["x"], "ds.csv")] },
    });
    await screen.findByText(fmt(s.rosterLoaded, { n: roster.length }));
    fireEvent.change(screen.getByLabelText(new RegExp(s.consolidatingUnit)), { target: { value: unit.name } });
    fireEvent.click(screen.getByRole("button", { name: s.read }));
    // The file's row, once the results show it: waited for by its first cell's text, then found by its role.
    const row = async (file: string) => {
      await screen.findAllByText((_, cell) => cell?.tagName === "TD" && !!cell.textContent?.startsWith(file));
      return screen.getAllByRole("row").find((r) => r.textContent?.startsWith(file)) as HTMLElement;
    };
    fireEvent.click(within(await row("bung-lao-2.xlsx")).getByRole("button", { name: s.keep }));
    await within(await row("bung-lao-2.xlsx")).findByText(statusWord("included", lang, "short"));

    const { files } = consolidate(units, { roster, consolidatingUnit: unit, keep: ["bung-lao-2.xlsx"] });
    const seen = new Set<StatusKey>();
    for (const f of files) {
      seen.add(fileStatusKey(f));
      expect([f.file, within(await row(f.file)).queryByText(statusWord(fileStatusKey(f), lang, "short"))]).toEqual([
        f.file,
        expect.anything(),
      ]);
    }
    expect([...seen].sort()).toEqual([
      "conflict",
      "duplicate",
      "held",
      "included",
      "notKept",
      "rejected",
      "superseded",
    ]);
    expect(screen.getByText(`${statusWord("unresolved", lang, "short")} (2)`)).toBeTruthy();
    expect(screen.getByText(`${statusWord("missing", lang, "short")} (1)`)).toBeTruthy();
  },
);
