/** What the CLI needs from its host: arguments, input, output and the network. */
export interface CliIo {
  /** The arguments after the program name. */
  readonly argv: readonly string[];
  /** Reads a file, or standard input for `-`, as bytes. */
  readonly read: (path: string) => Promise<Uint8Array>;
  /** Whether standard input is a terminal (then a missing FILE is a usage error). */
  readonly stdinIsTerminal: boolean;
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** The package version, for `--version` (and the user agent of `trigger`). */
  readonly version: string;
  /**
   * Sends a request, as the Fetch API's `fetch` does; `trigger` posts its event with it. The
   * program passes `globalThis.fetch`; tests may pass their own.
   */
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
}
