/** @jest-environment jsdom */
// A user's template as a file and back: downloaded as JSON or as the definition workbook, opened again in
// another browser (or workbook), it makes reports of the same template identity. A report whose date is not in
// its period is asked about before it is made.
import { fireEvent, render, screen } from "@testing-library/react";
import { templateFromDefinition } from "../../src/core/definition/read";
import type { ReportMeta } from "../../src/core/meta";
import type { Template } from "../../src/core/templates";
import { templateHash } from "../../src/core/templates/catalogue";
import { parseUserTemplate } from "../../src/core/templates/user-template";
import { App } from "../../src/taskpane/components/App";
import { readXlsx } from "../../src/xlsx/read";
import { FORUM_OUTLINE } from "../helpers/outlines";
import { fakeHost, filesHost } from "./fake-host";
import { findButton } from "./find-button";

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** A file as the browser hands it: jsdom's File gives no bytes. */
const fileOf = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.slice().buffer });
const open = (name: string, bytes: Uint8Array) =>
  fireEvent.change(screen.getByLabelText("Mở tệp mẫu (.json, .xlsx)…", { selector: "input" }), {
    target: { files: [fileOf(name, bytes)] },
  });

async function insert(host: ReturnType<typeof fakeHost>): Promise<[Template, ReportMeta]> {
  const before = host.calls.insertReport?.length ?? 0;
  fireEvent.click(screen.getByRole("button", { name: "Tải mẫu báo cáo (.xlsx)" }));
  await screen.findByText(/^Đã (tải về tệp|chèn báo cáo)/);
  return host.calls.insertReport[before] as [Template, ReportMeta];
}

test("downloaded as JSON and as a definition workbook, opened elsewhere, the template keeps its identity", async () => {
  const first = filesHost();
  const { unmount } = render(<App host={first} lang="vi" />);
  fireEvent.change(screen.getByLabelText(/^Đề cương/), { target: { value: FORUM_OUTLINE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước mẫu" }));
  fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu này" }));
  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  const [made] = await insert(first);
  fireEvent.click(screen.getByRole("button", { name: "Tải mẫu (.json)" }));
  await screen.findByText(`Đã tải về tệp mau-${made.id}.json.`);
  fireEvent.click(screen.getByRole("button", { name: "Tải tệp định nghĩa mẫu (.xlsx)" }));
  await screen.findByText(`Đã tải về tệp dinh-nghia-${made.id}.xlsx.`);
  const [[json], [xlsx]] = first.calls.saveFile as [Uint8Array, string][];
  const fromJson = parseUserTemplate(new TextDecoder().decode(json));
  const fromXlsx = templateFromDefinition(readXlsx(xlsx));
  expect(fromJson.ok && templateHash(fromJson.template)).toBe(templateHash(made));
  expect(fromXlsx.template && templateHash(fromXlsx.template)).toBe(templateHash(made));
  unmount();

  // Another browser: nothing kept; the workbook opened, then the JSON; both make the same template.
  for (const [name, bytes] of [
    ["dinh-nghia.xlsx", xlsx],
    ["mau.json", json],
  ] as const) {
    const other = filesHost();
    const r = render(<App host={other} lang="vi" />);
    open(name, bytes);
    await screen.findByText(new RegExp(`^Đã mở mẫu ".*" từ tệp ${name.replace(".", "\\.")}`));
    expect((screen.getByRole("combobox", { name: "Mẫu báo cáo" }) as HTMLSelectElement).value).toBe(made.id);
    type(/Tên đơn vị báo cáo/, "Xã Ẳng Tở");
    const [again] = await insert(other);
    expect([name, templateHash(again)]).toEqual([name, templateHash(made)]);
    r.unmount();
  }
});

test("a file that is not a template says why, and nothing is kept", async () => {
  const host = filesHost();
  render(<App host={host} lang="vi" />);
  open("mau.json", new TextEncoder().encode('{ "id": "x", }'));
  expect(await screen.findByText(/^Không mở được mẫu từ tệp mau\.json: Tệp mẫu không phải JSON hợp lệ/)).toBeTruthy();
  expect(host.templates?.templates ?? []).toEqual([]);
});

test("a report date outside the period chosen is asked about before the report is made", async () => {
  const host = fakeHost();
  render(<App host={host} lang="vi" />);
  type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
  type(/^Kỳ báo cáo/, "2024");
  type(/Ngày báo cáo/, "03/07/2023");
  fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
  const asked = screen.getByText(
    'Ngày báo cáo 03/07/2023 không thuộc kỳ "Năm 2024": kiểm tra lại kỳ báo cáo hoặc ngày báo cáo.',
  );
  expect(document.activeElement?.contains(asked)).toBe(true);
  expect(host.calls.insertReport).toBeUndefined();
  fireEvent.click(await findButton("Vẫn dùng kỳ và ngày này"));
  await screen.findByText(/^Đã chèn báo cáo/);
  expect((host.calls.insertReport[0] as [Template, ReportMeta])[1]).toMatchObject({
    period: "2024",
    reportDate: "2023-07-03",
  });
});
