// Abbreviations officials type in a form's labels and titles, and what they
// stand for: one list, as data. A template may add its own (`labelAliases`);
// both sides of a comparison are expanded, so "Trẻ em dưới 6 tuổi được cấp
// thẻ BHYT" and "… thẻ bảo hiểm y tế" compare equal. Keys are lower case, as
// typed with or without marks; an abbreviation is expanded only as a whole word.

export const LABEL_ALIASES: Readonly<Record<string, string>> = {
  bhyt: "bảo hiểm y tế",
  bhxh: "bảo hiểm xã hội",
  te: "trẻ em",
  hcđb: "hoàn cảnh đặc biệt",
  hcdb: "hoàn cảnh đặc biệt",
  bvte: "bảo vệ trẻ em",
  nsnn: "ngân sách nhà nước",
  ns: "ngân sách",
  kp: "kinh phí",
  sl: "số lượng",
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  hdnd: "hội đồng nhân dân",
  lđtbxh: "lao động - thương binh và xã hội",
  ldtbxh: "lao động - thương binh và xã hội",
  tntt: "tai nạn thương tích",
  vcgt: "vui chơi giải trí",
  đvt: "đơn vị tính",
  dvt: "đơn vị tính",
  bc: "báo cáo",
};
