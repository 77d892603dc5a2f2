/** One `pnpm antenne <name>` command. */
export interface CliCommand {
  /** One line for `pnpm antenne --help`. */
  summary: string;
  /** The full usage text, printed for `--help` and after a usage error. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called or in its input file: printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
