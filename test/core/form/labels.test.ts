// A label typed by a person against the form's: each way people vary it compares equal; what changes the
// meaning (another unit of money, another indicator) does not.
import { labelKey, matchLabel } from "../../../src/core/form/labels";

describe("what people vary compares equal", () => {
  test.each([
    [
      "dashes and bullets",
      "— trong đó được trợ giúp",
      [
        "- trong đó được trợ giúp",
        "– trong đó được trợ giúp",
        "• trong đó được trợ giúp",
        "+ Trong đó được trợ giúp",
        "-trong đó được trợ giúp",
      ],
    ],
    [
      "'Trong đó:' and its own row",
      "— trong đó được trợ giúp",
      ["Trong đó: được trợ giúp", "trong đó, được trợ giúp", "Được trợ giúp"],
    ],
    [
      "item numbers",
      "Trẻ em có hoàn cảnh đặc biệt",
      [
        "1. Trẻ em có hoàn cảnh đặc biệt",
        "1.2. Trẻ em có hoàn cảnh đặc biệt",
        "a) Trẻ em có hoàn cảnh đặc biệt",
        "(3) Trẻ em có hoàn cảnh đặc biệt",
        "II. Trẻ em có hoàn cảnh đặc biệt",
      ],
    ],
    ["case and spaces", "Tổng số trẻ em", ["TỔNG SỐ TRẺ EM", "  Tổng  số   trẻ em ", "Tổng số\ntrẻ em"]],
    ["trailing colons and full stops", "Tổng số trẻ em", ["Tổng số trẻ em:", "Tổng số trẻ em.", "Tổng số trẻ em :"]],
    [
      "Unicode forms and tone placement",
      "Trẻ em bị tai nạn, thương tích",
      [
        "Trẻ em bị tai nạn, thương tích".normalize("NFD"),
        "Trẻ em bị tai nạn thương tích",
        "Trẻ em bị tai nạn/thương tích",
      ],
    ],
    [
      "abbreviations",
      "— trong đó được cấp thẻ bảo hiểm y tế",
      ["- trong đó được cấp thẻ BHYT", "Trong đó: được cấp thẻ BHYT"],
    ],
    ["abbreviations", "Kinh phí ngân sách nhà nước", ["KP NSNN", "Kinh phí NSNN", "KP ngân sách Nhà nước"]],
    ["abbreviations", "Trẻ em có hoàn cảnh đặc biệt", ["TE có HCĐB", "Trẻ em có HCĐB", "TE co HCDB"]],
    ["old and new tone placement", "Xã Hướng Hóa", ["Xã Hướng Hoá"]],
  ])("%s: %s", (_kind, form, typed) => {
    for (const t of typed as string[]) expect([t, matchLabel(t, form as string)]).toEqual([t, expect.any(String)]);
  });

  test("typed without any marks, a label matches once the marks are dropped", () => {
    expect(matchLabel("Tong so tre em", "Tổng số trẻ em")).toBe("without-marks");
    // A label typed with marks is held to them: "Tông số" is another word.
    expect(matchLabel("Tông số trẻ em", "Tổng số trẻ em")).toBeUndefined();
  });

  test("an aside people drop still matches; an aside naming another unit of money never does", () => {
    const activities = "Các hoạt động vui chơi, giải trí (hội thi, cắm trại, thể thao, du lịch, tham quan)";
    expect(matchLabel("Các hoạt động vui chơi, giải trí", activities)).toBe("without-asides");
    expect(matchLabel("Kinh phí (đồng)", "Kinh phí")).toBe("without-asides");
    expect(matchLabel("Kinh phí (triệu đồng)", "Kinh phí")).toBeUndefined();
    expect(matchLabel("Kinh phí (nghìn đồng)", "Kinh phí (đồng)")).toBeUndefined();
  });

  test("a template's own abbreviations extend the list", () => {
    expect(matchLabel("Số TE tham gia CLB", "Số trẻ em tham gia câu lạc bộ")).toBeUndefined();
    expect(matchLabel("Số TE tham gia CLB", "Số trẻ em tham gia câu lạc bộ", { clb: "câu lạc bộ" })).toBe("same");
  });
});

test("different indicators stay different", () => {
  const labels = [
    "— trong đó được trợ giúp",
    "— trong đó được hỗ trợ, can thiệp",
    "Trẻ em có hoàn cảnh đặc biệt",
    "Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt",
    "Số lượng trẻ em",
    "Số lượng trẻ em tham gia",
    "Trẻ em dưới 6 tuổi",
  ];
  const keys = labels.map((l) => labelKey(l));
  expect(new Set(keys).size).toBe(labels.length);
});
