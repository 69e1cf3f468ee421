// `tonghop new` says what is wrong with the unit's details in one language: Vietnamese by default, English under
// --lang en, never zod's English inside a Vietnamese line nor Vietnamese inside an English one. The words are the
// core catalogue's (core/i18n/meta-messages.ts), shared with the pane's Mẫu báo cáo form.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { metaMessages } from "../../src/core/i18n/meta-messages";
import { MAX_UNIT_CODE } from "../../src/core/limits";
import { run } from "../helpers/cli";
import { tempDir } from "../helpers/reports";

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const ZOD_ENGLISH = /Too big|Too small|Invalid (input|string)|expected|must match|pattern/;
const long = (n: number) => "Ủy ban nhân dân xã Ẳng Cang ".repeat(10).slice(0, n);

const cases: [string, string[], (lang: "vi" | "en") => string][] = [
  ["a unit name over 200 characters", ["--unit-name", long(201)], (l) => metaMessages.tooLong("--unit-name", 200)[l]],
  ["a unit code with a space", ["--unit-code", "03 160"], (l) => metaMessages.badCode(MAX_UNIT_CODE)[l]],
  ["a date written as ISO", ["--report-date", "2024-07-03"], (l) => metaMessages.badDate("2024-07-03")[l]],
  ["an issuer over 200 characters", ["--issuer", long(201)], (l) => metaMessages.tooLong("--issuer", 200)[l]],
  ["a place over 100 characters", ["--place", long(101)], (l) => metaMessages.tooLong("--place", 100)[l]],
];

describe.each(["vi", "en"] as const)("tonghop new --lang %s", (lang) => {
  test.each(cases)("%s: exit 2, no file, the reason in one language", async (_, options, expected) => {
    const out = join(tempDir(), "x.xlsx");
    const base = ["new", "thang-hanh-dong", "--out", out, "--unit-name", "Xã Ẳng Cang", "--period", "2024"];
    const r = await run(...base, ...options, "--lang", lang);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.err).toContain(expected(lang));
    expect(r.err).not.toMatch(ZOD_ENGLISH);
    // What the user typed may be Vietnamese; the rest of an English line is not.
    if (lang === "en") expect(r.err.split(options[1]).join("")).not.toMatch(VIETNAMESE);
    else expect(r.err).toMatch(VIETNAMESE);
  });
});
