// What template authors are told is proper Vietnamese (NFC, with diacritics)
// with its own English twin, for every message of the catalogue (read from the code).
import {
  definitionMessages,
  outlineMessages,
  schemaMessages,
  templateFileMessages,
} from "../../../src/core/i18n/template-messages";
import type { Localized } from "../../../src/core/i18n/lang";

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Arguments of the right types where strings will not do. */
const SAMPLES: Record<string, unknown[]> = {
  notOneOf: ["phần trăm", ["số đếm", "tiền"]],
  located: ["Chỉ tiêu", "E3", { vi: "Ô này cần có mã.", en: "This cell needs an id." }],
  tooMany: ["chỉ tiêu", "fields", 501, 500],
  schema: ["tables.0.id", { vi: "thiếu, cần có", en: "missing, required" }],
  oneOf: [["count", "money"]],
  otherwise: ["Invalid input: expected string, received number"],
};
const catalogue = { ...outlineMessages, ...templateFileMessages, ...definitionMessages, ...schemaMessages };

test.each(Object.entries(catalogue))("%s is NFC Vietnamese with an English twin", (_name, make) => {
  const m = (make as (...a: unknown[]) => Localized)(...(SAMPLES[_name] ?? ["5", "E3", "7", "9"]));
  expect(m.vi).toBe(m.vi.normalize("NFC"));
  expect(m.vi).toMatch(VIETNAMESE);
  expect(m.en).not.toBe(m.vi);
  expect(m.en).not.toMatch(/undefined|\[object/);
  expect(m.vi).not.toMatch(/undefined|\[object/);
});
