// The command line: parses arguments, runs one command, returns the exit code.
// 0 done; 1 done but something was flagged; 2 bad arguments or unreadable input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { editDistance } from "../core/units";
import { consolidateCommand } from "./commands/consolidate";
import { demoCommand } from "./commands/demo";
import { docxCommand } from "./commands/docx";
import { newCommand } from "./commands/new";
import { templateCommand } from "./commands/template";
import { templatesCommand } from "./commands/templates";
import { validateCommand } from "./commands/validate";
import { CliError } from "./errors";
import type { Io } from "./io";
import { msg, type Lang } from "./cli-messages";
import { outputProblem } from "./output";
import { terminalText } from "./shown";
import { writePieces } from "./stdout";

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string", example: "en" },
  out: { type: "string", example: "tong-hop.xlsx" },
  force: { type: "boolean" },
  "unit-name": { type: "string", example: '"Xã Ẳng Cang"' },
  "unit-code": { type: "string", example: "03160" },
  level: { type: "string", example: "tinh" },
  period: { type: "string", example: "2024" },
  "report-date": { type: "string", example: "28/6/2024" },
  issuer: { type: "string", example: '"UBND XÃ ẲNG CANG"' },
  place: { type: "string", example: '"Ẳng Cang"' },
  "parent-body": { type: "string", example: '"UBND HUYỆN MƯỜNG ẢNG"' },
  abbreviation: { type: "string", example: "UBND" },
  recipient: { type: "string", example: '"Ủy ban nhân dân huyện Mường Ảng"' },
  signer: { type: "string", example: '"Nguyễn Văn An"' },
  deputy: { type: "boolean" },
  docx: { type: "string", example: "tong-hop.docx" },
  roster: { type: "string", example: "danh-sach.csv" },
  deadline: { type: "string", example: "03/7/2024" },
  "as-unit": { type: "string", example: '"UBND tỉnh Điện Biên"' },
  template: { type: "string", example: "mau.json" },
  keep: { type: "string", multiple: true, example: "xa-ang-cang.xlsx" },
  "group-columns": { type: "string", multiple: true, example: "18=2,2,2" },
  threads: { type: "string", example: "4" },
  feedback: { type: "string", example: "phan-hoi" },
  "resubmit-by": { type: "string", example: "15/7/2024" },
  previous: { type: "string", example: "tong-hop-2024.xlsx" },
  "previous-period": { type: "string", example: "2024" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/**
 * A line to stdout. A reader that leaves early (`| head`) ends the output quietly, as for any command line
 * tool, never with a stack trace; the work itself (a summary being written) goes on.
 */
function stdoutLine(s: string): void {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
      stdoutGone = true;
    });
  }
  if (!stdoutGone) process.stdout.write(s + "\n");
}
let stdoutWatched = false;
let stdoutGone = false;

const defaultIo: Io = {
  out: stdoutLine,
  err: (s) => process.stderr.write(s + "\n"),
  write: (pieces) => writePieces(process.stdout, withLineBreak(pieces)),
};

function* withLineBreak(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
}

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v?.toLowerCase() === "en" ? "en" : "vi";
}

/** What the command line prints goes through terminalText: no control character from a file reaches the terminal. */
function guarded(io: Io): Io {
  const write = io.write;
  return {
    out: (s) => io.out(terminalText(s)),
    err: (s) => io.err(terminalText(s)),
    write: write ? (pieces) => write(mapPieces(pieces, terminalText)) : undefined,
  };
}

function* mapPieces(pieces: Iterable<string>, f: (s: string) => string): Generator<string> {
  for (const p of pieces) yield f(p);
}

export async function main(argv: string[], given: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const io = guarded(given);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw argsError(e, argv, lang);
    }
    const { values: o, positionals } = parsed;
    if (o.lang !== undefined && !["vi", "en"].includes(o.lang.toLowerCase()))
      throw new CliError(msg(lang, "badLang", { value: o.lang }));
    const [cmd, ...rest] = positionals;
    if (o.version) {
      io.out(`tonghop ${version()}`);
      return 0;
    }
    if (o.help || cmd === undefined || cmd === "help") {
      io.out(msg(lang, "usage"));
      return cmd === undefined && !o.help ? 2 : 0;
    }
    switch (cmd) {
      case "templates":
        return templatesCommand(o.json ?? false, lang, io.out);
      case "new":
        return await newCommand(rest[0], o, lang, io.err);
      case "validate":
        return await validateCommand(rest, o.json ?? false, lang, io.out, o.template, o.threads, io.err, {
          feedback: o.feedback,
          resubmitBy: o["resubmit-by"],
          force: o.force,
        });
      case "consolidate":
        return await consolidateCommand(rest, o, lang, io);
      case "docx":
        return await docxCommand(rest, o, lang, io.err);
      case "template":
        return await templateCommand(rest, o, lang, io.err);
      case "demo":
        return await demoCommand(o.out ?? "examples", lang, io.out);
      default:
        throw new CliError(msg(lang, "unknownCommand", { cmd, hint: didYouMean(cmd, COMMANDS, lang) }));
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    // A file the system would not let us read or write: one line, never a stack trace.
    const errno = e as NodeJS.ErrnoException;
    if (errno && typeof errno.code === "string" && typeof errno.path === "string") {
      const reading = READ_CALLS.has(errno.syscall ?? "");
      io.err(
        reading ? msg(lang, "cannotRead", { file: errno.path }) : msg(lang, outputProblem(e), { file: errno.path }),
      );
      return 2;
    }
    // Anything else is a bug of ours: still one line of words, exit 2, no stack trace.
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    io.err(msg(lang, "unexpected", { detail: detail.slice(0, 200) }));
    return 2;
  }
}

/** System calls that read: their failures are told as "cannot read", not "cannot write". */
const READ_CALLS = new Set(["open", "read", "stat", "lstat", "fstat", "scandir", "opendir", "readlink", "realpath"]);

const COMMANDS = ["templates", "template", "new", "validate", "consolidate", "docx", "demo", "help"];

/** " Có phải ý bạn là --period?" for the nearest known name (at most two letters off), else "". */
function didYouMean(typed: string, known: string[], lang: Lang): string {
  const best = known.map((k) => ({ k, d: editDistance(typed, k, 2) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? msg(lang, "didYouMean", { name: best.k }) : "";
}

/** parseArgs' English errors, told in the user's language. */
function argsError(e: unknown, argv: string[], lang: Lang): CliError {
  const code = (e as { code?: string }).code;
  const quoted = /'(-[^' ]*)/.exec((e as Error).message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = quoted.replace(/=.*$/, "");
    const options = Object.keys(OPTIONS).map((k) => `--${k}`);
    return new CliError(msg(lang, "unknownOption", { option: name, hint: didYouMean(name, options, lang) }));
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = quoted.replace(/=.*$/, "");
    const option = Object.entries(OPTIONS).find(([k]) => `--${k}` === name)?.[1];
    const example = option && "example" in option ? option.example : undefined;
    return new CliError(
      msg(lang, example ? "optionNeedsValue" : "optionTakesNoValue", { option: name, example: example ?? "" }),
    );
  }
  return new CliError(msg(lang, "badArgs", { detail: argv.join(" ") }));
}

/** The version in package.json (two folders up from both src/cli and lib/cli). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "?";
  }
}
