// A user-facing failure: a message in the user's language and an exit code
// (2: bad arguments or unreadable input; 1: done, but something was flagged).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}
