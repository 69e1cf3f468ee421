/** @jest-environment jsdom */
// While the user is typing in a cell, Excel holds the add-in's request until the
// edit ends (delayForCellEdit). The pane says so instead of looking hung: "Excel
// đang chờ bạn kết thúc sửa ô…", gone as soon as Excel answers. Run on the pane's
// Excel host answered by Microsoft's Office.js runtime (the rig), which holds a
// request that asked to wait exactly while its user "edits a cell".
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { App } from "../../src/taskpane/components/App";
import { hostOn } from "../helpers/office-host";
import { OfficeRig } from "../helpers/office-runtime";

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const WAITING = /^Excel đang chờ bạn kết thúc sửa ô… Nếu bạn đang gõ trong một ô, hãy nhấn Enter hoặc Esc/;

test("an insert held while a cell is edited: the pane says Excel is waiting, then goes on when the edit ends", async () => {
  const rig = new OfficeRig();
  rig.context(); // loads Microsoft's runtime before the pane starts
  // The notice after 0 ms: the rig, not the clock, decides how long Excel holds the request.
  const host = hostOn(rig, "1.20", "vi-VN", 0);
  render(<App host={host} lang="vi" />);
  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  type(/Kỳ báo cáo/, "2024");
  type(/Ngày báo cáo/, "03/7/2024");
  await waitFor(() => expect(rig.syncs.length).toBeGreaterThan(0), { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByText(WAITING)).toBeNull(), { timeout: 20_000 });

  rig.editingCell = true;
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  await rig.whenHeld();
  const line = await screen.findByText(WAITING, {}, { timeout: 20_000 });
  expect(line.closest('[role="status"]')).not.toBeNull();
  expect(rig.workbook.sheets.map((s) => s.name)).not.toContain(REPORT_SHEET);

  rig.endCellEdit();
  await waitFor(() => expect(rig.workbook.sheets.map((s) => s.name)).toContain(REPORT_SHEET), { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByText(WAITING)).toBeNull(), { timeout: 20_000 });
});
