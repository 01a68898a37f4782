import { parseArgs } from 'node:util';
import { decodeForm } from '../decode/decodeForm.js';
import { encodeForm } from '../decode/encodeForm.js';
import { parseBotEvent } from '../dispatch/parseBotEvent.js';
import { EventParseError } from '../errors/EventParseError.js';
import { parseBotEventBatch } from '../poll/parseBotEventBatch.js';
import { TEST_APPLICATION_TOKEN } from '../testing/defaultParts.js';
import { redactEvent } from '../verify/redactEvent.js';
import type { CliIo } from './CliIo.js';
import { DEFAULT_TRIGGER_TIMEOUT, runTrigger } from './trigger.js';
import { PROGRAM, printable, UsageError } from './UsageError.js';

export type { CliIo } from './CliIo.js';

const HELP: Record<string, string> = {
  main: `Usage: ${PROGRAM} <command> [FILE|-] [options]

Turns the bodies Bitrix24 posts to chat bots into typed, normalized JSON, and posts test events.

Commands:
  parse [FILE|-]          parse an event body (form or JSON, sniffed), or an answer of
                          imbot.v2.Event.get, and print the event(s) as JSON
  decode [FILE|-]         decode a form body exactly as PHP's parse_str() and print it as JSON
  encode [FILE|-]         turn a JSON payload into the form body Bitrix24 would post
  trigger CODE --to URL   post a test event to your endpoint, as Bitrix24 would, and print the
                          answer (--token, --set PATH=VALUE, --unset PATH, --format form|json)

FILE is read from standard input when it is - or missing. parse and decode print every token
(access, refresh, application) as "[redacted]"; --show-secrets prints them in clear.
Run '${PROGRAM} <command> --help' for a command's options.

Exit codes: 0 success, 1 invalid body (trigger: an answer that is not 2xx, or no answer),
2 usage error.`,
  parse: `Usage: ${PROGRAM} parse [FILE|-] [--show-secrets] [--strict] [--raw]

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
  decode: `Usage: ${PROGRAM} decode [FILE|-] [--show-secrets]

Decodes a form body exactly as PHP's parse_str() does and prints the tree as JSON. The values of
access_token, refresh_token and application_token, at any depth, are printed as "[redacted]"
unless --show-secrets is given.

Options:
  --show-secrets  print the tokens in clear
  --redact        redact the tokens (the default; accepted for older scripts)
  --help          show this help`,
  encode: `Usage: ${PROGRAM} encode [FILE|-] [--rfc3986]

Turns a JSON payload into the form body PHP's http_build_query() makes of it, which is what
Bitrix24 posts. The body is printed without a trailing newline, ready for:

  ${PROGRAM} encode payload.json | curl --data-binary @- -H 'content-type: application/x-www-form-urlencoded' http://localhost:3000/bot

Options:
  --rfc3986  escape spaces as %20 (PHP_QUERY_RFC3986) instead of +`,
  trigger: `Usage: ${PROGRAM} trigger CODE --to URL [--token TOKEN] [--set PATH=VALUE]... [--unset PATH]... [--format form|json] [--timeout SECONDS]

Posts a test event to your endpoint, as Bitrix24 would, and prints "HTTP <status>" and the
answer's body. The event is the test payload of CODE (any known event, in any case: a made-up
portal, its bot Helper and its user Maria Novak, as createBotEventPayload makes it), changed by
the options, and sent as the form body Bitrix24 posts (application/x-www-form-urlencoded) or as
JSON (application/json). The request body is not printed: it holds the application token.

Options:
  --to URL              the endpoint, http:// or https:// (required)
  --token TOKEN         the application token to send, in auth[application_token] and in every
                        copy of it (the bot entries data[BOT][id] and their AUTH, the command
                        entries data[COMMAND][id], API 2.0's data[bot][auth]), so that a handler
                        checking the token accepts the event. Without it, the payload carries
                        TEST_APPLICATION_TOKEN, ${TEST_APPLICATION_TOKEN}
  --set PATH=VALUE      set a value, by its path in the dotted form (data.PARAMS.MESSAGE) or as
                        the form body writes it (data[PARAMS][MESSAGE]); values are strings, as
                        on the wire, and PATH= sets an empty one. Repeatable; a new key is added
  --unset PATH          remove a key, and the maps it leaves empty. Repeatable; a key the payload
                        does not have is a usage error
  --format form|json    the body's format (default: form)
  --timeout SECONDS     how long to wait for the answer (default: ${DEFAULT_TRIGGER_TIMEOUT})
  --help                show this help

--token applies first, then every --unset, then every --set in order. A redirect is printed,
not followed. Exit codes: 0 for a 2xx answer; 1 for any other answer, or when the endpoint cannot
be reached or does not answer in time (one line on standard error); 2 for a usage error.

Example:
  ${PROGRAM} trigger ONIMBOTV2MESSAGEADD --to http://127.0.0.1:3000/bot \\
    --token "$B24_APP_TOKEN" --set data.message.text=help`,
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
  trigger: {
    help: { type: 'boolean', short: 'h' },
    to: { type: 'string' },
    token: { type: 'string' },
    set: { type: 'string', multiple: true },
    unset: { type: 'string', multiple: true },
    format: { type: 'string' },
    timeout: { type: 'string' },
  },
} as const satisfies Record<string, Options>;

/** A command's options, as `parseArgs` takes them: flags, and options that take a value. */
type Options = Readonly<
  Record<
    string,
    {
      readonly type: 'boolean' | 'string';
      readonly short?: string;
      readonly multiple?: boolean;
    }
  >
>;

/** The options' values, as `parseArgs` reads them. */
type Values = Readonly<Record<string, boolean | string | (boolean | string)[] | undefined>>;

type Command = keyof typeof OPTIONS;

/** The `parseArgs` errors that mean the user typed something the command does not take. */
const REFUSALS = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
]);

/**
 * Runs the command line.
 *
 * The arguments after the command are read with `node:util` `parseArgs` (strict, the command's
 * own options, at most one FILE); `--` ends the options, so a FILE named `--raw` is `-- --raw`.
 *
 * @param io The host's arguments, input, output and network.
 * @returns The exit code: 0 success; 1 invalid body, or for `trigger` an answer that is not 2xx
 *   or no answer; 2 usage error.
 */
export async function runCli(io: CliIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${PROGRAM}: ${error.message}\n${usageHint(error.command)}\n`);
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
  if (name === 'trigger') {
    if (flags.help === true) {
      io.out(`${HELP[name]}\n`);
      return 0;
    }
    return runTrigger(io, {
      positionals: files,
      to: stringOf(flags.to),
      token: stringOf(flags.token),
      set: stringsOf(flags.set),
      unset: stringsOf(flags.unset),
      format: stringOf(flags.format),
      timeout: stringOf(flags.timeout),
    });
  }
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
function readArguments(command: Command, args: string[]): { flags: Values; files: string[] } {
  const options: Options = OPTIONS[command];
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
  const options: Options = OPTIONS[command];
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
    if (options[token.name]?.type === 'string') {
      // A value is missing, or is the next option (a value starting with - is written --to=-x).
      // The value itself is not quoted: it may be a token.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
        return `option '${option}' of ${command} needs a value (for one that starts with -, write ${option}=VALUE)`;
      }
      continue;
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

function usageHint(command: string | undefined): string {
  if (command === undefined) return `Run '${PROGRAM} --help' for usage.`;
  const usage = HELP[command]?.split('\n')[0] ?? '';
  return `${usage}\nRun '${PROGRAM} ${command} --help' for more.`;
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

/** A string option's value, as `parseArgs` read it. */
function stringOf(value: Values[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string option's values, in order. */
function stringsOf(value: Values[string]): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

function formatError(error: EventParseError): string {
  const lines = [`${PROGRAM}: invalid body (${error.code})`];
  for (const issue of error.issues) {
    lines.push(`  - ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`);
  }
  return `${lines.join('\n')}\n`;
}
