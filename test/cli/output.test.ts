// Outputs are written to a temporary file and renamed: a failure never leaves
// a half-written summary, and an existing file is never replaced without --force.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OutputExistsError, writeOutput } from "../../src/cli/output";
import { tempDir } from "../helpers/reports";

test("writes whole files, through a temporary that does not stay behind", () => {
  const dir = tempDir();
  const out = join(dir, "tong-hop.xlsx");
  writeOutput(out, new Uint8Array([1, 2, 3]), false);
  expect([...readFileSync(out)]).toEqual([1, 2, 3]);
  expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
});

test("an existing file is kept unless forced", () => {
  const dir = tempDir();
  const out = join(dir, "tong-hop.xlsx");
  writeFileSync(out, "bản của người dùng");
  expect(() => writeOutput(out, new Uint8Array([9]), false)).toThrow(OutputExistsError);
  expect(readFileSync(out, "utf8")).toBe("bản của người dùng");
});

test("when the write fails, nothing half-written is left where the output goes", () => {
  const dir = tempDir();
  const blocker = join(dir, "la-tep");
  writeFileSync(blocker, "x");
  // The output's folder is a file: the write fails, before anything is renamed into place.
  expect(() => writeOutput(join(blocker, "tong-hop.xlsx"), new Uint8Array([1]), false)).toThrow();
  expect(readdirSync(dir)).toEqual(["la-tep"]);
  expect(existsSync(join(dir, "tong-hop.xlsx"))).toBe(false);
});
