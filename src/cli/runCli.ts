import { decodeForm } from '../decode/decodeForm.js';
import { encodeForm } from '../decode/encodeForm.js';
import { parseBotEvent } from '../dispatch/parseBotEvent.js';
import { EventParseError } from '../errors/EventParseError.js';
import { redactEvent } from '../verify/redactEvent.js';

/** What the CLI needs from its host: arguments, input and output. */
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
  /** The package version, for `--version`. */
  readonly version: string;
}

const NAME = 'bitrix24-imbot-events';

const HELP: Record<string, string> = {
  main: `Usage: ${NAME} <command> [FILE|-] [options]

Turns the bodies Bitrix24 posts to chat bots into typed, normalized JSON.

Commands:
  parse [FILE|-]    parse an event body (form or JSON, sniffed) and print the event as JSON
  decode [FILE|-]   decode a form body exactly as PHP's parse_str() and print it as JSON
  encode [FILE|-]   turn a JSON payload into the form body Bitrix24 would post

FILE is read from standard input when it is - or missing.
Run '${NAME} <command> --help' for a command's options.

Exit codes: 0 success, 1 invalid body, 2 usage error.`,
  parse: `Usage: ${NAME} parse [FILE|-] [--redact] [--strict] [--raw]

Parses a chat-bot event body (form-encoded or JSON; any event, API 1.0 or 2.0) and prints the
normalized event as JSON, dates as ISO strings. An event code the library does not know is
printed with its auth and raw payload.

Options:
  --redact   replace every token (access, refresh, application) with "[redacted]"
  --strict   treat unknown codes (chat type, status, context, gender) as errors
  --raw      include the raw wire payload ("raw") in the output
  --help     show this help`,
  decode: `Usage: ${NAME} decode [FILE|-]

Decodes a form body exactly as PHP's parse_str() does and prints the tree as JSON.`,
  encode: `Usage: ${NAME} encode [FILE|-] [--rfc3986]

Turns a JSON payload into the form body PHP's http_build_query() makes of it, which is what
Bitrix24 posts. The body is printed without a trailing newline, ready for:

  ${NAME} encode payload.json | curl --data-binary @- -H 'content-type: application/x-www-form-urlencoded' http://localhost:3000/bot

Options:
  --rfc3986  escape spaces as %20 (PHP_QUERY_RFC3986) instead of +`,
};

const FLAGS: Record<string, readonly string[]> = {
  parse: ['--redact', '--strict', '--raw'],
  decode: [],
  encode: ['--rfc3986'],
};

class UsageError extends Error {}

/**
 * Runs the command line.
 *
 * @param io The host's arguments, input and output.
 * @returns The exit code: 0 success, 1 invalid body, 2 usage error.
 */
export async function runCli(io: CliIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${NAME}: ${error.message}\nRun '${NAME} --help' for usage.\n`);
      return 2;
    }
    if (error instanceof EventParseError) {
      io.err(formatError(error));
      return 1;
    }
    throw error;
  }
}

async function run(io: CliIo): Promise<number> {
  const [command, ...rest] = io.argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.err : io.out)(`${HELP.main}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${io.version}\n`);
    return 0;
  }
  const allowed = FLAGS[command];
  if (allowed === undefined) throw new UsageError(`unknown command '${printable(command)}'`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${HELP[command]}\n`);
    return 0;
  }
  const flags = new Set<string>();
  const files: string[] = [];
  for (const arg of rest) {
    if (arg.startsWith('--')) {
      if (!allowed.includes(arg))
        throw new UsageError(`unknown option '${printable(arg)}' for ${command}`);
      flags.add(arg);
    } else files.push(arg);
  }
  if (files.length > 1) throw new UsageError(`${command} takes one FILE, got ${files.length}`);
  const file = files[0] ?? '-';
  if (file === '-' && io.stdinIsTerminal) {
    throw new UsageError(`${command} needs a FILE, or a body on standard input`);
  }
  const bytes = await readInput(io, file);

  switch (command) {
    case 'parse': {
      const event = parseBotEvent(bytes, { strict: flags.has('--strict') });
      const shown = flags.has('--raw') ? event : withoutRaw(event);
      io.out(`${JSON.stringify(flags.has('--redact') ? redactEvent(shown) : shown, null, 2)}\n`);
      return 0;
    }
    case 'decode':
      io.out(`${JSON.stringify(decodeForm(bytes), null, 2)}\n`);
      return 0;
    default: {
      let payload: unknown;
      try {
        payload = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new UsageError('encode needs a JSON payload, and the input is not valid JSON');
      }
      if (typeof payload !== 'object' || payload === null) {
        throw new UsageError('encode needs a JSON object or array');
      }
      io.out(encodeForm(payload, { encoding: flags.has('--rfc3986') ? 'RFC3986' : 'RFC1738' }));
      return 0;
    }
  }
}

async function readInput(io: CliIo, file: string): Promise<Uint8Array> {
  try {
    return await io.read(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new UsageError(`${file === '-' ? 'standard input' : `'${printable(file)}'`}: ${reason}`);
  }
}

function withoutRaw<T extends { raw: unknown }>(event: T): Omit<T, 'raw'> {
  const { raw: _raw, ...rest } = event;
  return rest;
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

function formatError(error: EventParseError): string {
  const lines = [`${NAME}: invalid body (${error.code})`];
  for (const issue of error.issues) {
    lines.push(`  - ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`);
  }
  return `${lines.join('\n')}\n`;
}
