/** @jest-environment jsdom */
// Mẫu báo cáo › Tạo mẫu từ đề cương: an outline pasted into the pane is previewed (its title whole, sections
// nesting, each table's two-level header, each column's kind, switchable), then used for the report inserted,
// which carries the template; the period its title names is filled in and the confirmation takes focus. A
// header row with merged cells is asked about. The outline, the kinds and the template survive a reload.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { layoutReport } from "../../src/core/layout/report";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import type { ReportMeta } from "../../src/core/meta";
import { findField, type Template } from "../../src/core/templates";
import { templateHash } from "../../src/core/templates/catalogue";
import { App } from "../../src/taskpane/components/App";
import { FORUM_OUTLINE, SEED_000_OUTLINE } from "../helpers/outlines";
import { fakeHost } from "./fake-host";

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const outlineBox = () => screen.getByLabelText(/^Đề cương/) as HTMLTextAreaElement;

test("an outline pasted is previewed, a column's kind switched, and the report inserted carries the template", async () => {
  const host = fakeHost();
  render(<App host={host} lang="vi" />);
  fireEvent.change(outlineBox(), { target: { value: FORUM_OUTLINE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước mẫu" }));
  const preview = screen.getByRole("region", { name: "Mẫu tạo từ đề cương" });
  // The title whole, with the period its outline names; each warning said once, in its own words.
  expect(within(preview).getByText("BÁO CÁO KẾT QUẢ TỔ CHỨC DIỄN ĐÀN TRẺ EM 6 THÁNG ĐẦU NĂM 2025")).toBeTruthy();
  expect(screen.getByText(/Dòng 9: cột "STT"/)).toBeTruthy();
  expect(screen.queryByText(/Dòng 9: Dòng 9/)).toBeNull();
  // Sections nest as in the outline: I's items inside I, the table inside its item.
  const first = within(preview).getByText("I. KẾT QUẢ THỰC HIỆN").closest("li") as HTMLElement;
  expect(within(first).getByText("2. Tổ chức Diễn đàn trẻ em các cấp")).toBeTruthy();
  expect(within(first).getByText("Biểu 1. Diễn đàn trẻ em")).toBeTruthy();
  // The real header: a group's name over its two columns, a one-level column over both rows.
  const grid = within(preview).getByRole("table", { name: "Biểu 1. Diễn đàn trẻ em" });
  const group = within(grid).getByRole("columnheader", { name: "Diễn đàn cấp xã" });
  expect(group.getAttribute("colspan")).toBe("2");
  expect(within(grid).getByRole("columnheader", { name: "Số xã tổ chức diễn đàn" }).getAttribute("rowspan")).toBe("2");
  const kind = within(preview).getByLabelText("Diễn đàn cấp xã › Số diễn đàn") as HTMLSelectElement;
  expect(kind.value).toBe("count");
  expect((within(preview).getByLabelText(/^Kinh phí/) as HTMLSelectElement).value).toBe("money");
  fireEvent.change(kind, { target: { value: "money" } });
  fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu này" }));
  // Where the user is looking: the confirmation, with focus, and the period the title names.
  const used = screen.getByText(/^Đang dùng mẫu "Báo cáo kết quả tổ chức diễn đàn trẻ em"/);
  expect(used.textContent).toContain("Kỳ báo cáo: 6 tháng đầu năm 2025 (theo tên báo cáo trong đề cương).");
  expect(document.activeElement?.contains(used)).toBe(true);
  expect((screen.getByLabelText(/^Kỳ báo cáo/) as HTMLSelectElement).value).toBe("2025-6T");
  expect(host.calls.insertReport).toBeUndefined();

  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  type(/Ngày báo cáo/, "05/06/2025");
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  await screen.findByText(/Đã chèn báo cáo/);
  const [templ, meta] = host.calls.insertReport[0] as [Template, ReportMeta];
  expect(templ.id).toBe("ket-qua-to-chuc-dien-dan-tre-em");
  expect(findField(templ, "dien_dan_cap_xa_so_dien_dan")?.kind).toBe("money");
  expect(meta).toMatchObject({ unitName: "Xã Ẳng Cang", period: "2025-6T" });
  expect(layoutReport(templ, meta).model.sheets.map((x) => x.name)).toContain(TEMPLATE_SHEET);
});

test("seed 000's outline fills the period with its year, not the machine's", () => {
  render(<App host={fakeHost()} lang="vi" />);
  fireEvent.change(outlineBox(), { target: { value: SEED_000_OUTLINE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước mẫu" }));
  fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu này" }));
  expect((screen.getByLabelText(/^Kỳ báo cáo/) as HTMLSelectElement).value).toBe("2024");
  expect(screen.getByRole("option", { name: "Năm 2024", selected: true })).toBeTruthy();
});

test("a header row with fewer names than columns is asked about; answered, the preview has the right columns", () => {
  const full = "Tặng quà\t\tCấp học bổng\t\tKhám bệnh, chữa bệnh miễn phí cho trẻ em\t";
  const merged = SEED_000_OUTLINE.replace(full, "Tặng quà\tCấp học bổng\tKhám bệnh, chữa bệnh miễn phí cho trẻ em");
  render(<App host={fakeHost()} lang="vi" />);
  fireEvent.change(outlineBox(), { target: { value: merged } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước mẫu" }));
  expect(screen.queryByRole("region", { name: "Mẫu tạo từ đề cương" })).toBeNull();
  const question = screen.getByRole("group", { name: "Bảng có ô tiêu đề gộp" });
  expect(within(question).getByText(/: 3 tên nhóm trên 6 cột: mỗi nhóm 2 cột\?/)).toBeTruthy();
  expect((within(question).getByLabelText("Số cột của «Tặng quà»") as HTMLInputElement).value).toBe("2");
  // A split that does not add up cannot be used.
  fireEvent.change(within(question).getByLabelText("Số cột của «Tặng quà»"), { target: { value: "3" } });
  expect(within(question).getByText("Cộng: 7/6 cột.")).toBeTruthy();
  expect((within(question).getByRole("button", { name: "Dùng cách chia này" }) as HTMLButtonElement).disabled).toBe(
    true,
  );
  fireEvent.change(within(question).getByLabelText("Số cột của «Tặng quà»"), { target: { value: "2" } });
  fireEvent.click(within(question).getByRole("button", { name: "Dùng cách chia này" }));
  const preview = screen.getByRole("region", { name: "Mẫu tạo từ đề cương" });
  const grid = within(preview).getByRole("table", { name: "Bảng 2 - Hoạt động hỗ trợ trẻ em" });
  for (const name of ["Tặng quà", "Cấp học bổng", "Khám bệnh, chữa bệnh miễn phí cho trẻ em"])
    expect(within(grid).getByRole("columnheader", { name }).getAttribute("colspan")).toBe("2");
  expect(within(preview).getByLabelText("Khám bệnh, chữa bệnh miễn phí cho trẻ em › Kinh phí")).toBeTruthy();
});

test("the outline, the kinds, the answers and the template used survive a reload, with the same identity", async () => {
  const host = fakeHost();
  const first = render(<App host={host} lang="vi" />);
  fireEvent.change(outlineBox(), { target: { value: FORUM_OUTLINE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước mẫu" }));
  fireEvent.change(screen.getByLabelText("Diễn đàn cấp xã › Số diễn đàn"), { target: { value: "money" } });
  fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu này" }));
  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  await screen.findByText(/Đã chèn báo cáo/);
  const [before] = host.calls.insertReport[0] as [Template];
  first.unmount();

  // The pane opened again (a reload): everything is where it was left.
  render(<App host={host} lang="vi" />);
  expect(outlineBox().value).toBe(FORUM_OUTLINE);
  expect((screen.getByLabelText("Diễn đàn cấp xã › Số diễn đàn") as HTMLSelectElement).value).toBe("money");
  expect((screen.getByRole("combobox", { name: "Mẫu báo cáo" }) as HTMLSelectElement).value).toBe(
    "ket-qua-to-chuc-dien-dan-tre-em",
  );
  expect(screen.getByRole("option", { name: /^Báo cáo kết quả tổ chức diễn đàn trẻ em \(mẫu riêng\)$/ })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  await act(async () => undefined);
  await screen.findAllByText(/Đã chèn báo cáo/);
  const [after] = host.calls.insertReport[1] as [Template];
  expect(templateHash(after)).toBe(templateHash(before));

  // Removed, it is gone from the list; the removal can be undone.
  fireEvent.click(screen.getByRole("button", { name: "Xoá mẫu này" }));
  expect(screen.queryByRole("option", { name: /mẫu riêng/ })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
  expect(screen.getByRole("option", { name: /mẫu riêng/ })).toBeTruthy();
  // Clearing the outline forgets it.
  fireEvent.click(screen.getByRole("button", { name: "Xoá đề cương" }));
  expect(host.templates?.outline).toBeUndefined();
  expect(host.templates?.templates).toHaveLength(1);
});
