// A progress bar on stderr for long runs; silent when stderr is not a terminal.
export function progress(total: number, label: string): { tick: () => void; done: () => void } {
  const live = process.stderr.isTTY === true && total > 5;
  let n = 0;
  const draw = () => {
    const width = 30;
    const filled = Math.round((n / total) * width);
    process.stderr.write(`\r${label} [${"█".repeat(filled)}${" ".repeat(width - filled)}] ${n}/${total}`);
  };
  return {
    tick: () => {
      n += 1;
      if (live && (n === total || n % Math.max(1, Math.floor(total / 100)) === 0)) draw();
    },
    done: () => {
      if (live) process.stderr.write("\n");
    },
  };
}
