// Every message users read is proper Vietnamese: NFC, with diacritics, no mojibake.
import { failures, messages, valueMessage } from "../../src/core/i18n/messages";
import { builtInTemplates } from "../../src/core/templates";
import type { ValueProblem } from "../../src/core/read/value";

const MOJIBAKE = /Ã.|Æ°|á»|áº|â€|\uFFFD/;
const PROBLEMS: ValueProblem[] = ["number_as_text", "not_a_number", "negative", "fraction", "too_large", "error_value", "formula_no_value", "money_with_unit", "money_ambiguous", "money_too_small"];

function all(): { vi: string; en: string }[] {
  const out = [
    ...PROBLEMS.map((p) => valueMessage(p, "12 em", "B23", "Tặng quà › Kinh phí", true, 12)),
    ...Object.values(messages).map((m) => (m as (...a: string[]) => { vi: string; en: string })("Bảng 1", "B2", "x")),
    ...Object.values(failures).map((m) => (m as (...a: string[]) => { vi: string; en: string })("thang-hanh-dong", "2", "1")),
    ...builtInTemplates().flatMap((t) => t.rules.map((r) => r.message)),
  ];
  return out;
}

test("messages are NFC Vietnamese with diacritics and no mojibake, each with an English twin", () => {
  const list = all();
  expect(list.length).toBeGreaterThan(30);
  for (const m of list) {
    expect(m.vi).toBe(m.vi.normalize("NFC"));
    expect(m.vi).not.toMatch(MOJIBAKE);
    expect(m.vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i);
    // English messages still quote the official Vietnamese labels, but are their own text.
    expect(m.en).not.toBe(m.vi);
    expect(m.en.length).toBeGreaterThan(10);
  }
});
