/** @jest-environment jsdom */
// Mẫu báo cáo › Tạo mẫu từ đề cương: an outline pasted into the pane is
// previewed (sections, tables, each column's kind, switchable), then used for
// the report inserted, which carries the template.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { layoutReport } from "../../src/core/layout/report";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import type { ReportMeta } from "../../src/core/meta";
import { findField, type Template } from "../../src/core/templates";
import { App } from "../../src/taskpane/components/App";
import { FORUM_OUTLINE } from "../helpers/outlines";
import { fakeHost } from "./fake-host";

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

test("an outline pasted is previewed, a column's kind switched, and the report inserted carries the template", async () => {
  const host = fakeHost();
  render(<App host={host} lang="vi" />);
  type(/Tạo mẫu từ đề cương/, FORUM_OUTLINE);
  fireEvent.click(screen.getByRole("button", { name: "Xem trước mẫu" }));
  const preview = screen.getByRole("region", { name: "Mẫu tạo từ đề cương" });
  expect(within(preview).getByText("Biểu 1. Diễn đàn trẻ em")).toBeTruthy();
  expect(within(preview).getByText("I. KẾT QUẢ THỰC HIỆN")).toBeTruthy();
  expect(screen.getByText(/^Dòng 9: .*STT/)).toBeTruthy();
  const kind = within(preview).getByLabelText("Diễn đàn cấp xã › Số diễn đàn") as HTMLSelectElement;
  expect(kind.value).toBe("count");
  expect((within(preview).getByLabelText(/^Kinh phí/) as HTMLSelectElement).value).toBe("money");
  fireEvent.change(kind, { target: { value: "money" } });
  fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu này" }));
  expect(screen.getByText(/Đang dùng mẫu "Báo cáo kết quả tổ chức diễn đàn trẻ em"/)).toBeTruthy();
  expect(host.calls.insertReport).toBeUndefined();

  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  type(/Kỳ báo cáo/, "2025-6T");
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  await screen.findByText(/Đã chèn báo cáo/);
  const [templ, meta] = host.calls.insertReport[0] as [Template, ReportMeta];
  expect(templ.id).toBe("ket-qua-to-chuc-dien-dan-tre-em");
  expect(findField(templ, "dien_dan_cap_xa_so_dien_dan")?.kind).toBe("money");
  expect(meta).toMatchObject({ unitName: "Xã Ẳng Cang", period: "2025-6T" });
  expect(layoutReport(templ, meta).model.sheets.map((x) => x.name)).toContain(TEMPLATE_SHEET);
});
