// Runs the command line in-process, capturing what it prints.
import { main } from "../../src/cli/main";

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (s) => (out += s + "\n"),
    err: (s) => (err += s + "\n"),
    write: async (pieces) => {
      for (const piece of pieces) out += piece;
      out += "\n";
    },
  });
  return { code, out, err };
}
