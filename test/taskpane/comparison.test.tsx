/** @jest-environment jsdom */
// "Cùng kỳ năm trước" in the pane: last period's files picked beside the roster are read through the host at
// Tổng hợp, and the comparison shows its sentences and the units flagged against their own history; last
// period of another kind is refused with the reason and a button to compare with it all the same.
import { fireEvent, render, screen } from "@testing-library/react";
import type { PreviousInput } from "../../src/core/compare";
import type { UnitFile } from "../../src/core/consolidate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost } from "./fake-host";
import { findButton } from "./find-button";

const t = template("thang-hanh-dong");
const now: UnitFile[] = [1, 2].map((i) =>
  unitFile(`u${i}.xlsx`, unitReport(t, { unitName: `Xã ${i}`, reportDate: "2024-07-01" }, monthOfActionValues(i))),
);
/** Last year: the same communes, the first one's state funds 1,000 times this year's. */
const last = (period: string): UnitFile[] =>
  [1, 2].map((i) =>
    unitFile(
      `${period}/u${i}.xlsx`,
      unitReport(
        t,
        { unitName: `Xã ${i}`, period, reportDate: `${period}-07-01` },
        { ...monthOfActionValues(i), ...(i === 1 ? { funds_state: monthOfActionValues(1).funds_state * 1000 } : {}) },
      ),
    ),
  );

function open(previous: PreviousInput) {
  const readPreviousPeriod = jest.fn(async () => previous);
  const host = fakeHost({ parseFiles: async () => now, readPreviousPeriod });
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), {
    target: { files: now.map((u) => new File(["x"], u.file)) },
  });
  fireEvent.change(screen.getByLabelText("Chọn tệp kỳ trước…", { selector: "input" }), {
    target: { files: [new File(["x"], "bao-cao-2023.zip")] },
  });
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Huyện Mường Ảng" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  return readPreviousPeriod;
}

test("after Tổng hợp the pane shows the sentences and the cells far from a unit's own history", async () => {
  const read = open({ kind: "reports", source: "bao-cao-2023.zip", files: last("2023") });
  await findButton("Tạo bảng tổng hợp");
  expect((read.mock.calls[0] as unknown[])[0]).toEqual([expect.objectContaining({ name: "bao-cao-2023.zip" })]);
  expect(screen.getByText("Kỳ trước: bao-cao-2023.zip")).toBeTruthy();
  const section = screen.getByRole("region", { name: "So với cùng kỳ năm trước (kỳ 2023)" });
  const sites = monthOfActionValues(1).launch_sites + monthOfActionValues(2).launch_sites;
  expect(section.textContent).toContain(
    `Tổ chức phát động Tháng hành động vì trẻ em, số điểm phát động: ${sites}, bằng cùng kỳ năm trước.`,
  );
  expect(section.textContent).toContain("1 ô có số liệu xa số liệu của chính đơn vị kỳ trước");
});

test("last period of another kind is refused with the reason; the user may compare with it all the same", async () => {
  open({ kind: "reports", source: "bao-cao-2022.zip", files: last("2022") });
  const compare = await findButton("So sánh với kỳ 2022");
  expect(screen.getByText(/không có báo cáo nào của kỳ 2023/)).toBeTruthy();
  fireEvent.click(compare);
  await screen.findByRole("region", { name: "So với năm 2022 (kỳ 2022)" });
  expect(screen.queryByText(/Chưa so sánh với cùng kỳ/)).toBeNull();
});
