/** @jest-environment jsdom */
// What the clerk reads when Excel refuses: the pane, on its Excel host answered by
// Microsoft's Office.js runtime (the rig), shows the Vietnamese message saying
// what to do — not Excel's raw English error.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { hostOn } from "../helpers/office-host";
import { OfficeRig } from "../helpers/office-runtime";

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

test("a read-only workbook: the pane says to unprotect or open it for editing", async () => {
  const rig = new OfficeRig();
  rig.context(); // loads Microsoft's runtime before the pane starts
  const host = hostOn(rig, "1.20");
  render(<App host={host} lang="vi" />);
  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  type(/Kỳ báo cáo/, "2024");
  type(/Ngày báo cáo/, "03/7/2024");
  // The consolidation tab lists the workbook's sheets when it opens: let that finish first.
  await waitFor(() => expect(rig.syncs.length).toBeGreaterThan(0));
  rig.failNext = ["AccessDenied"];
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  const shown = await screen.findByText(/Excel không cho sửa: trang đang bị khóa hoặc sổ làm việc chỉ được xem/);
  expect(shown.textContent).toMatch(/Bỏ bảo vệ trang/);
  expect(screen.queryByText(/AccessDenied/)).toBeNull();
});
