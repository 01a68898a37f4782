/** The program's name, as its messages and usage lines print it. */
export const PROGRAM = 'bitrix24-imbot-events';

/**
 * A usage error: the user typed something the program does not take. `runCli` prints its message
 * on one line, the command's usage line and where to read more, and exits 2.
 */
export class UsageError extends Error {
  /** The command the error is about, for its usage line; none before a command is known. */
  readonly command: string | undefined;

  /**
   * Makes a usage error.
   *
   * @param message The message, without the program's name (it is printed first).
   * @param command The command the error is about.
   */
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/**
 * An argument as a message may quote it: printable ASCII only (any other character as `?`), at
 * most 80 characters.
 *
 * @param text The argument.
 * @returns The text to quote.
 */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}
