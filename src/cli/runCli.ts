import { parseArgs } from 'node:util';
import { decodeForm } from '../decode/decodeForm.js';
import { encodeForm } from '../decode/encodeForm.js';
import { parseBotEvent } from '../dispatch/parseBotEvent.js';
import { EventParseError } from '../errors/EventParseError.js';
import { parseBotEventBatch } from '../poll/parseBotEventBatch.js';
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
  parse [FILE|-]    parse an event body (form or JSON, sniffed), or an answer of
                    imbot.v2.Event.get, and print the event(s) as JSON
  decode [FILE|-]   decode a form body exactly as PHP's parse_str() and print it as JSON
  encode [FILE|-]   turn a JSON payload into the form body Bitrix24 would post

FILE is read from standard input when it is - or missing. parse and decode print every token
(access, refresh, application) as "[redacted]"; --show-secrets prints them in clear.
Run '${NAME} <command> --help' for a command's options.

Exit codes: 0 success, 1 invalid body, 2 usage error.`,
  parse: `Usage: ${NAME} parse [FILE|-] [--show-secrets] [--strict] [--raw]

Parses a chat-bot event body (form-encoded or JSON; any event, API 1.0 or 2.0) and prints the
normalized event as JSON, dates as ISO strings. An event code the library does not know is
printed with its auth and raw payload. An answer of imbot.v2.Event.get (API 2.0's polling, JSON
with result.events) is printed as its batch: events, failures, nextOffset, hasMore; an item that
is invalid is listed on standard error too (exit 1). Every token (access, refresh, application; raw included)
is printed as "[redacted]" unless --show-secrets is given.

Options:
  --show-secrets  print the tokens in clear (a real body holds live tokens: keep them out of
                  tickets, chats and logs)
  --redact        redact the tokens (the default; accepted for older scripts)
  --strict        treat unknown codes (chat type, status, context, gender) as errors
  --raw           include the raw wire payload ("raw") in the output
  --help          show this help`,
  decode: `Usage: ${NAME} decode [FILE|-] [--show-secrets]

Decodes a form body exactly as PHP's parse_str() does and prints the tree as JSON. The values of
access_token, refresh_token and application_token, at any depth, are printed as "[redacted]"
unless --show-secrets is given.

Options:
  --show-secrets  print the tokens in clear
  --redact        redact the tokens (the default; accepted for older scripts)
  --help          show this help`,
  encode: `Usage: ${NAME} encode [FILE|-] [--rfc3986]

Turns a JSON payload into the form body PHP's http_build_query() makes of it, which is what
Bitrix24 posts. The body is printed without a trailing newline, ready for:

  ${NAME} encode payload.json | curl --data-binary @- -H 'content-type: application/x-www-form-urlencoded' http://localhost:3000/bot

Options:
  --rfc3986  escape spaces as %20 (PHP_QUERY_RFC3986) instead of +`,
};

/** Each command's options, as `parseArgs` takes them; `--help` (`-h`) is every command's. */
const OPTIONS = {
  parse: {
    help: { type: 'boolean', short: 'h' },
    redact: { type: 'boolean' },
    'show-secrets': { type: 'boolean' },
    strict: { type: 'boolean' },
    raw: { type: 'boolean' },
  },
  decode: {
    help: { type: 'boolean', short: 'h' },
    redact: { type: 'boolean' },
    'show-secrets': { type: 'boolean' },
  },
  encode: { help: { type: 'boolean', short: 'h' }, rfc3986: { type: 'boolean' } },
} as const satisfies Record<string, Flags>;

/** Options that are all flags, as `parseArgs` takes them. */
type Flags = Readonly<Record<string, { readonly type: 'boolean'; readonly short?: string }>>;

type Command = keyof typeof OPTIONS;

/** The `parseArgs` errors that mean the user typed something the command does not take. */
const REFUSALS = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
]);

class UsageError extends Error {
  /** The command the error is about, for its usage line; none before a command is known. */
  readonly command: Command | undefined;

  constructor(message: string, command?: Command) {
    super(message);
    this.command = command;
  }
}

/**
 * Runs the command line.
 *
 * The arguments after the command are read with `node:util` `parseArgs` (strict, the command's
 * own options, at most one FILE); `--` ends the options, so a FILE named `--raw` is `-- --raw`.
 *
 * @param io The host's arguments, input and output.
 * @returns The exit code: 0 success, 1 invalid body, 2 usage error.
 */
export async function runCli(io: CliIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${NAME}: ${error.message}\n${usageHint(error.command)}\n`);
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
  if (!isCommand(command)) throw new UsageError(`unknown command '${printable(command)}'`);
  const name = command;
  const { flags, files } = readArguments(name, rest);
  if (flags.redact === true && flags['show-secrets'] === true) {
    throw new UsageError(
      `${name}: --redact and --show-secrets cannot be used together (--redact is the default)`,
      name,
    );
  }
  if (flags.help === true) {
    io.out(`${HELP[name]}\n`);
    return 0;
  }
  if (files.length > 1) {
    const extra = files
      .slice(1)
      .map((file) => `'${printable(file)}'`)
      .join(', ');
    throw new UsageError(`${name} takes one FILE, got ${files.length} (extra: ${extra})`, name);
  }
  const file = files[0] ?? '-';
  if (file === '-' && io.stdinIsTerminal) {
    throw new UsageError(`${name} needs a FILE, or a body on standard input`, name);
  }
  const bytes = await readInput(io, name, file);
  // Tokens are redacted unless asked for: the output of a real body ends up in tickets and logs.
  const reveal = flags['show-secrets'] === true;
  const print = (value: unknown) =>
    io.out(`${JSON.stringify(reveal ? value : redactEvent(value), null, 2)}\n`);

  switch (name) {
    case 'parse': {
      const strict = flags.strict === true;
      const answer = polledAnswerOf(bytes);
      if (answer !== undefined) {
        // An answer of imbot.v2.Event.get: the batch, its failures on standard error.
        const batch = parseBotEventBatch(answer, { strict });
        const events = flags.raw === true ? batch.events : batch.events.map(withoutRaw);
        print({
          events,
          failures: batch.failures.map(({ eventId, type, error }) => ({
            eventId,
            type,
            code: error.code,
            issues: error.issues,
          })),
          nextOffset: batch.nextOffset,
          hasMore: batch.hasMore,
        });
        for (const { eventId, error } of batch.failures) {
          io.err(
            `${formatError(error).replace('invalid body', `invalid item ${eventId ?? '?'}`)}\n`,
          );
        }
        return batch.failures.length === 0 ? 0 : 1;
      }
      const event = parseBotEvent(bytes, { strict });
      print(flags.raw === true ? event : withoutRaw(event));
      return 0;
    }
    case 'decode':
      print(decodeForm(bytes));
      return 0;
    default: {
      let payload: unknown;
      try {
        payload = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new UsageError('encode needs a JSON payload, and the input is not valid JSON', name);
      }
      if (typeof payload !== 'object' || payload === null) {
        throw new UsageError('encode needs a JSON object or array', name);
      }
      io.out(encodeForm(payload, { encoding: flags.rfc3986 === true ? 'RFC3986' : 'RFC1738' }));
      return 0;
    }
  }
}

/**
 * Reads a command's arguments: its flags, and the FILE arguments (at most one is valid; the caller
 * says so with their count). A refusal of `parseArgs` becomes a usage error naming the argument.
 */
function readArguments(
  command: Command,
  args: string[],
): { flags: Readonly<Record<string, boolean | undefined>>; files: string[] } {
  const options: Flags = OPTIONS[command];
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    return { flags: values, files: positionals };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (!(error instanceof TypeError) || typeof code !== 'string' || !REFUSALS.has(code)) {
      throw error;
    }
    throw new UsageError(refusal(command, args, error), command);
  }
}

/**
 * Says which argument `parseArgs` refused. Its messages differ between runtimes (Bun drops the dash
 * of a short option inside a group, `-hx`), so the argument is found again in the tokens of a
 * lenient pass. Node before 18.11 gives no tokens; its message's first sentence is shown then.
 */
function refusal(command: Command, args: string[], error: Error): string {
  const options: Flags = OPTIONS[command];
  const { tokens = [] } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const arg = printable(args[token.index] ?? token.rawName);
    const option = printable(token.rawName);
    if (!Object.hasOwn(options, token.name)) {
      const within = arg === option ? '' : ` (in '${arg}')`;
      return `unknown option '${option}'${within} for ${command}`;
    }
    if (token.value !== undefined) {
      return `option '${option}' of ${command} takes no value, got '${arg}'`;
    }
  }
  return `${command}: ${printable(error.message.split('. ')[0] ?? '')}`;
}

function isCommand(name: string): name is Command {
  return Object.hasOwn(OPTIONS, name);
}

function usageHint(command: Command | undefined): string {
  if (command === undefined) return `Run '${NAME} --help' for usage.`;
  const usage = HELP[command]?.split('\n')[0] ?? '';
  return `${usage}\nRun '${NAME} ${command} --help' for more.`;
}

async function readInput(io: CliIo, command: Command, file: string): Promise<Uint8Array> {
  try {
    return await io.read(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    const what = file === '-' ? 'standard input' : `'${printable(file)}'`;
    throw new UsageError(`${what}: ${reason}`, command);
  }
}

/**
 * The answer of `imbot.v2.Event.get` a JSON input is, when it is one (`result.events` or
 * `events`, and no `event` code); `undefined` for an event body.
 */
function polledAnswerOf(bytes: Uint8Array): Record<string, unknown> | undefined {
  const text = new TextDecoder().decode(bytes).trimStart();
  if (!text.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // parseBotEvent says why
  }
  if (typeof value !== 'object' || value === null || 'event' in value) return undefined;
  const record = value as Record<string, unknown>;
  const result = record.result;
  const events =
    typeof result === 'object' && result !== null
      ? (result as Record<string, unknown>).events
      : record.events;
  return Array.isArray(events) ? record : undefined;
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
