/** @jest-environment jsdom */
// The consolidating unit a user typed comes back in the Tổng hợp form after an update: the pane reads it from the
// field name earlier versions saved ("asUnit" in tonghop.consolidateForm), though the code now calls it
// consolidatingUnit.
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { browserHost } from "../../src/taskpane/host/browser-host";
import { strings } from "../../src/taskpane/i18n";

test("the consolidating unit saved by an earlier version fills the form", () => {
  // As an earlier version wrote it into the browser's storage.
  localStorage.setItem("tonghop.consolidateForm", '{"asUnit":"Huyện Mường Ảng","level":"huyen"}');
  render(<App host={browserHost("worker.js")} lang="vi" initialJob="consolidate" />);
  const input = screen.getByLabelText(new RegExp(strings("vi").consolidatingUnit)) as HTMLInputElement;
  expect(input.value).toBe("Huyện Mường Ảng");
});
