// Outputs are written to a temporary file and renamed: a failure never leaves
// a half-written summary, and an existing file is never replaced without --force.
// The module object itself (not a namespace copy), so that spying on it reaches src/cli/output.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a namespace import is a copy that spies cannot reach
import fs = require("node:fs");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same: spies must reach what output.ts calls
import crypto = require("node:crypto");
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

// The failures below happen inside the write, where a real machine fails (a full disk halfway through the bytes,
// a crash or an antivirus lock between writing and renaming); the file system's own calls are made to fail there.
afterEach(() => jest.restoreAllMocks());

const diskFull = () => Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });

test("a disk that fills halfway through the bytes leaves the user's previous file whole, and no temporary", () => {
  const dir = tempDir();
  const out = join(dir, "tong-hop.xlsx");
  writeFileSync(out, "bản hôm qua");
  const realWrite = fs.writeFileSync;
  jest.spyOn(fs, "writeFileSync").mockImplementation((path, data) => {
    const bytes = data as Uint8Array;
    realWrite(path, bytes.subarray(0, bytes.length / 2));
    throw diskFull();
  });
  expect(() => writeOutput(out, new Uint8Array(1000).fill(7), true)).toThrow("ENOSPC");
  jest.restoreAllMocks();
  expect(readFileSync(out, "utf8")).toBe("bản hôm qua");
  expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
});

test("a failure between writing and renaming leaves the previous file whole, and no temporary", () => {
  const dir = tempDir();
  const out = join(dir, "tong-hop.xlsx");
  writeFileSync(out, "bản hôm qua");
  const rename = jest.spyOn(fs, "renameSync").mockImplementation(() => {
    throw Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
  });
  expect(() => writeOutput(out, new Uint8Array([1, 2, 3]), true)).toThrow("EBUSY");
  expect(rename).toHaveBeenCalled();
  jest.restoreAllMocks();
  expect(readFileSync(out, "utf8")).toBe("bản hôm qua");
  expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
});

test("a new output that fails halfway is not left behind at all", () => {
  const dir = tempDir();
  const out = join(dir, "tong-hop.xlsx");
  const realWrite = fs.writeFileSync;
  jest.spyOn(fs, "writeFileSync").mockImplementation((path, data) => {
    realWrite(path, (data as Uint8Array).subarray(0, 10));
    throw diskFull();
  });
  expect(() => writeOutput(out, new Uint8Array(1000), false)).toThrow("ENOSPC");
  jest.restoreAllMocks();
  expect(readdirSync(dir)).toEqual([]);
});

test("a link planted where the temporary goes is never written through: the write fails and the link's target stays", () => {
  const dir = tempDir();
  const victim = join(dir, "nan-nhan.txt");
  writeFileSync(victim, "giữ nguyên");
  jest.spyOn(crypto, "randomBytes").mockImplementation(() => Buffer.from([0, 0, 0, 0]));
  fs.symlinkSync("nan-nhan.txt", join(dir, `.tong-hop.xlsx.${process.pid}.00000000.tmp`));
  expect(() => writeOutput(join(dir, "tong-hop.xlsx"), new Uint8Array([1, 2, 3]), false)).toThrow("EEXIST");
  jest.restoreAllMocks();
  expect(readFileSync(victim, "utf8")).toBe("giữ nguyên");
  expect(fs.lstatSync(join(dir, `.tong-hop.xlsx.${process.pid}.00000000.tmp`)).isSymbolicLink()).toBe(true);
  expect(existsSync(join(dir, "tong-hop.xlsx"))).toBe(false);
});
