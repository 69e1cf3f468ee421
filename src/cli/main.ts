// The command line: parses arguments, runs one command, returns the exit code.
// 0 done; 1 done but something was flagged; 2 bad arguments or unreadable input.
import { parseArgs } from "node:util";
import { consolidateCommand } from "./commands/consolidate";
import { demoCommand } from "./commands/demo";
import { newCommand } from "./commands/new";
import { templateCommand } from "./commands/template";
import { templatesCommand } from "./commands/templates";
import { validateCommand } from "./commands/validate";
import { CliError } from "./errors";
import { msg, type Lang } from "./messages";

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  "unit-name": { type: "string" },
  "unit-code": { type: "string" },
  level: { type: "string" },
  period: { type: "string" },
  "report-date": { type: "string" },
  issuer: { type: "string" },
  place: { type: "string" },
  roster: { type: "string" },
  deadline: { type: "string" },
  "as-unit": { type: "string" },
  template: { type: "string" },
  keep: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "vi";
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new CliError(msg(lang, "badArgs", { detail: (e as Error).message }));
    }
    const { values: o, positionals } = parsed;
    if (o.lang !== undefined && o.lang !== "vi" && o.lang !== "en") throw new CliError(msg(lang, "badArgs", { detail: `--lang ${o.lang}` }));
    const [cmd, ...rest] = positionals;
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
        return validateCommand(rest, o.json ?? false, lang, io.out);
      case "consolidate":
        return await consolidateCommand(rest, o, lang, io);
      case "template":
        return templateCommand(rest, o, lang, io.err);
      case "demo":
        return await demoCommand(o.out ?? "examples", lang, io.out);
      default:
        throw new CliError(msg(lang, "unknownCommand", { cmd }));
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    throw e;
  }
}
