import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { decodeForm } from '../../src/decode/decodeForm.js';
import { redactEvent } from '../../src/verify/redactEvent.js';
import { fixtureText } from '../support/php.js';
import { withoutRaw } from '../support/shapes.js';

async function cli(argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  const code = await runCli({
    argv,
    read: async (path) =>
      path === '-' ? new TextEncoder().encode(stdin ?? '') : new Uint8Array(await readFile(path)),
    stdinIsTerminal: stdin === undefined,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    version: '9.9.9',
    fetch: () => Promise.reject(new Error('only trigger posts')),
  });
  return { code, out, err };
}

const GROUP = 'fixtures/onimcommandadd/en-group.form.txt';

describe('the CLI', () => {
  it('parse prints the normalized event as JSON, tokens redacted', async () => {
    const { code, out, err } = await cli(['parse', GROUP]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual(
      redactEvent(JSON.parse(fixtureText('onimcommandadd/en-group.expected.json'))),
    );
  });

  it('parse reads JSON from standard input, with - or without a FILE', async () => {
    const json = fixtureText('onimcommandadd/ru-private.json');
    for (const argv of [['parse', '-'], ['parse']]) {
      const { code, out } = await cli([...argv, '--show-secrets'], json);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(
        JSON.parse(fixtureText('onimcommandadd/ru-private.expected.json')),
      );
    }
  });

  it('parse reads an answer of imbot.v2.Event.get: the batch, failures on stderr with exit 1', async () => {
    const { code, out, err } = await cli(['parse', 'fixtures/v2-fetch/answer-mixed.json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const batch = JSON.parse(out);
    expect(batch.events).toHaveLength(11);
    expect(batch.events[0]).toMatchObject({ event: 'ONIMBOTV2JOINCHAT', eventId: 2001 });
    expect(batch.events[0]).not.toHaveProperty('raw');
    expect(batch).toMatchObject({ failures: [], nextOffset: 2012, hasMore: true });
    const broken = JSON.parse(fixtureText('v2-fetch/answer-mixed.json'));
    broken.result.events[0].data.chat.id = 'seven';
    const failed = await cli(['parse', '-'], JSON.stringify(broken));
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.out).failures).toEqual([
      expect.objectContaining({
        eventId: 2001,
        type: 'ONIMBOTV2JOINCHAT',
        code: 'invalid_payload',
      }),
    ]);
    expect(failed.err).toMatch(/invalid item 2001 \(invalid_payload\)\n {2}- data\[chat\]\[id\]: /);
  });

  it('parse --raw includes the raw payload', async () => {
    const { out } = await cli(['parse', GROUP, '--raw']);
    expect(JSON.parse(out).raw.data.COMMAND['99'].COMMAND).toBe('echo');
  });

  it('parse --redact masks every token, raw included', async () => {
    const { code, out } = await cli(['parse', GROUP, '--redact', '--raw']);
    expect(code).toBe(0);
    for (const token of [
      '8e3ab48a764a9b02700e759d59e91125',
      'f1ca0690000071b006e2cf20050b00074d9ed82e255b',
    ]) {
      expect(out).not.toContain(token);
    }
    const event = JSON.parse(out);
    expect(event.auth.applicationToken).toBe('[redacted]');
    expect(event.raw.auth.application_token).toBe('[redacted]');
    expect(event.auth.domain).toBe('some-domain.bitrix24.com');
  });

  it('parse exits 1 with the code and issues on stderr for an invalid body', async () => {
    const { code, out, err } = await cli(['parse', '-'], 'event=ONIMCOMMANDADD&ts=x');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^bitrix24-imbot-events: invalid body \(invalid_payload\)\n {2}- /);
    expect(err).toContain(
      '  - ts: expected a unix time (seconds as decimal digits), found a string of 1 character that is not a number\n',
    );
  });

  it('parse --strict fails on unknown codes', async () => {
    const file = 'fixtures/onimcommandadd/variants/unknown-codes.form.txt';
    expect((await cli(['parse', file])).code).toBe(0);
    expect((await cli(['parse', file, '--strict'])).code).toBe(1);
  });

  it('decode prints the parse_str tree', async () => {
    const { code, out } = await cli(['decode', '-'], 'a[b][]=1&a[b][]=2&c.d=%41');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ a: { b: { '0': '1', '1': '2' } }, c_d: 'A' });
  });

  it('encode prints the exact body PHP makes, without a trailing newline', async () => {
    const { code, out } = await cli(['encode', 'fixtures/onimcommandadd/en-group.json']);
    expect(code).toBe(0);
    expect(out).toBe(fixtureText('onimcommandadd/en-group.form.txt'));
    const rfc3986 = await cli(['encode', 'fixtures/onimcommandadd/en-group.json', '--rfc3986']);
    expect(rfc3986.out).toBe(fixtureText('onimcommandadd/en-group.rfc3986.txt'));
  });

  const usage: [string, string[], string | undefined, RegExp][] = [
    ['no command', [], undefined, /Usage: bitrix24-imbot-events <command>/],
    ['an unknown command', ['frobnicate'], undefined, /unknown command 'frobnicate'/],
    [
      'an unknown option',
      ['parse', GROUP, '--fast'],
      undefined,
      /unknown option '--fast' for parse/,
    ],
    [
      "another command's option",
      ['decode', GROUP, '--strict'],
      undefined,
      /unknown option '--strict' for decode/,
    ],
    ['an unknown short option', ['parse', GROUP, '-x'], undefined, /unknown option '-x' for parse/],
    [
      'an unknown option, even with --help',
      ['parse', '--fast', '--help'],
      undefined,
      /unknown option '--fast' for parse/,
    ],
    [
      'an unknown short option in a group',
      ['parse', GROUP, '-hx'],
      undefined,
      /unknown option '-x' \(in '-hx'\) for parse/,
    ],
    [
      'a value given to a flag',
      ['parse', GROUP, '--redact=x'],
      undefined,
      /option '--redact' of parse takes no value, got '--redact=x'/,
    ],
    [
      'a value given to --help',
      ['encode', '--help=1'],
      undefined,
      /option '--help' of encode takes no value, got '--help=1'/,
    ],
    [
      'two files',
      ['parse', GROUP, GROUP],
      undefined,
      /parse takes one FILE, got 2 \(extra: 'fixtures\/onimcommandadd\/en-group\.form\.txt'\)/,
    ],
    [
      'three files',
      ['decode', 'a', '-', 'c'],
      '',
      /decode takes one FILE, got 3 \(extra: '-', 'c'\)/,
    ],
    ['an option after --, read as a FILE', ['parse', '--', '--raw'], '', /'--raw': no such file/],
    [
      'a command named like an Object method',
      ['constructor'],
      '{}',
      /unknown command 'constructor'/,
    ],
    [
      'another Object method, with an option',
      ['toString', '--x'],
      undefined,
      /unknown command 'toString'/,
    ],
    ['a missing file', ['parse', 'no/such/file'], undefined, /'no\/such\/file': no such file/],
    [
      'no input on a terminal',
      ['decode'],
      undefined,
      /decode needs a FILE, or a body on standard input/,
    ],
    ['encode of non-JSON', ['encode', '-'], 'a=1', /encode needs a JSON payload/],
    ['encode of a JSON scalar', ['encode', '-'], '42', /encode needs a JSON object or array/],
  ];
  for (const [name, argv, stdin, message] of usage) {
    it(`exits 2 for ${name}`, async () => {
      const { code, err } = await cli(argv, stdin);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    });
  }

  it('prints a usage error as one line, the usage of the command and where to look, no stack', async () => {
    const { code, out, err } = await cli(['parse', GROUP, '--fast']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      [
        "bitrix24-imbot-events: unknown option '--fast' for parse",
        'Usage: bitrix24-imbot-events parse [FILE|-] [--show-secrets] [--strict] [--raw]',
        "Run 'bitrix24-imbot-events parse --help' for more.",
        '',
      ].join('\n'),
    );
    const before = await cli(['frobnicate']);
    expect(before.err).toBe(
      "bitrix24-imbot-events: unknown command 'frobnicate'\nRun 'bitrix24-imbot-events --help' for usage.\n",
    );
    for (const argv of [['parse', '--redact=1'], ['decode', '-x'], ['encode', '-'], ['toString']]) {
      const { err } = await cli(argv, 'not json');
      expect(err.split('\n').length, argv.join(' ')).toBeLessThanOrEqual(4);
      expect(err).not.toMatch(/\bat |TypeError|ERR_PARSE_ARGS/);
    }
  });

  it('ends the options at --: what follows is the FILE, - included', async () => {
    const expected = JSON.parse(fixtureText('onimcommandadd/en-group.expected.json'));
    const file = await cli(['parse', '--redact', '--', GROUP]);
    expect(file.code).toBe(0);
    expect(JSON.parse(file.out).auth.applicationToken).toBe('[redacted]');
    const stdin = await cli(
      ['parse', '--show-secrets', '--', '-'],
      fixtureText('onimcommandadd/en-group.form.txt'),
    );
    expect(stdin.code).toBe(0);
    expect(JSON.parse(stdin.out)).toEqual(expected);
  });

  it('takes flags in any order and more than once, and -h as --help', async () => {
    const { code, out } = await cli(['parse', '--raw', GROUP, '--raw', '--redact']);
    expect(code).toBe(0);
    expect(JSON.parse(out).raw.auth.application_token).toBe('[redacted]');
    const help = await cli(['parse', GROUP, '-h']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: bitrix24-imbot-events parse /);
  });

  it('prints help for every command, and the version', async () => {
    for (const argv of [
      ['--help'],
      ['parse', '--help'],
      ['decode', '-h'],
      ['encode', '--help'],
      ['trigger', '--help'],
    ]) {
      const { code, out } = await cli(argv);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: bitrix24-imbot-events/);
    }
    expect((await cli(['--version'])).out).toBe('9.9.9\n');
  });
});

const TOKEN_KEY = /^(access|refresh|application)(_t|T)oken$/;

/** Every value under a token key (wire or normalized), with its path, at any depth. */
function tokenEntries(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    TOKEN_KEY.test(key) ? [[`${path}.${key}`, item]] : tokenEntries(item, `${path}.${key}`),
  );
}

/** The token strings of a fixture's payload, long enough not to occur by chance elsewhere. */
function tokensOf(jsonFixture: string): string[] {
  const values = tokenEntries(JSON.parse(fixtureText(jsonFixture))).map(([, item]) => item);
  return [...new Set(values)].filter(
    (item): item is string => typeof item === 'string' && item.length >= 16,
  );
}

/** What a token key of the printed JSON holds, by path ('.auth.accessToken'). */
function tokenPaths(out: string): Record<string, unknown> {
  return Object.fromEntries(tokenEntries(JSON.parse(out)));
}

const GROUP_TOKENS = tokensOf('onimcommandadd/en-group.json');

describe('the CLI keeps secrets', () => {
  it('knows the tokens it looks for (the fixture holds all five)', () => {
    expect(GROUP_TOKENS).toHaveLength(5);
  });

  it('parse redacts every token by default: auth, the commands and their bot auth, raw', async () => {
    const { code, out, err } = await cli(['parse', GROUP, '--raw']);
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const token of GROUP_TOKENS) expect(out).not.toContain(token);
    const bundle = (prefix: string, keys: string[]) =>
      Object.fromEntries(keys.map((key) => [`${prefix}.${key}`, '[redacted]']));
    const normalized = ['accessToken', 'refreshToken', 'applicationToken'];
    const wire = ['access_token', 'refresh_token', 'application_token'];
    expect(tokenPaths(out)).toEqual({
      ...bundle('.auth', normalized),
      ...bundle('.commands.0.botAuth', normalized),
      ...bundle('.raw.auth', wire),
      ...bundle('.raw.data.COMMAND.99', wire),
      ...bundle('.raw.data.COMMAND.99.AUTH', wire),
    });
    const event = JSON.parse(out);
    expect(event.auth.domain).toBe('some-domain.bitrix24.com');
    expect(event.raw.data.COMMAND['99'].AUTH.member_id).toBe('d897063e1ce7c5eb9f04b9751eef5915');
    // Without --raw too: the same output as the library's redactEvent.
    const plain = await cli(['parse', GROUP]);
    for (const token of GROUP_TOKENS) expect(plain.out).not.toContain(token);
    expect(JSON.parse(plain.out)).toEqual(
      redactEvent(JSON.parse(fixtureText('onimcommandadd/en-group.expected.json'))),
    );
  });

  it('parse redacts the bot entries of data[BOT], AUTH included', async () => {
    const { code, out } = await cli([
      'parse',
      'fixtures/v1/ONIMBOTMESSAGEADD-group.form.txt',
      '--raw',
    ]);
    expect(code).toBe(0);
    for (const token of tokensOf('v1/ONIMBOTMESSAGEADD-group.json')) {
      expect(out).not.toContain(token);
    }
    const paths = tokenPaths(out);
    for (const path of [
      '.auth.accessToken',
      '.bots.0.auth.refreshToken',
      '.bot.auth.applicationToken',
      '.raw.auth.access_token',
      '.raw.data.BOT.77.access_token',
      '.raw.data.BOT.77.refresh_token',
      '.raw.data.BOT.77.application_token',
      '.raw.data.BOT.77.AUTH.access_token',
      '.raw.data.BOT.77.AUTH.refresh_token',
      '.raw.data.BOT.77.AUTH.application_token',
    ]) {
      expect(paths[path], path).toBe('[redacted]');
    }
  });

  it('parse redacts an API 2.0 event: auth and data[bot][auth], normalized and raw', async () => {
    const file = 'fixtures/v2/ONIMBOTV2MESSAGEADD-group.form.txt';
    const tokens = tokensOf('v2/ONIMBOTV2MESSAGEADD-group.json');
    expect(tokens.length).toBeGreaterThanOrEqual(5);
    const { code, out } = await cli(['parse', file, '--raw']);
    expect(code).toBe(0);
    for (const token of tokens) expect(out).not.toContain(token);
    const paths = tokenPaths(out);
    for (const prefix of ['.auth', '.bot.auth']) {
      for (const key of ['accessToken', 'refreshToken', 'applicationToken']) {
        expect(paths[`${prefix}.${key}`], `${prefix}.${key}`).toBe('[redacted]');
      }
    }
    for (const prefix of ['.raw.auth', '.raw.data.bot.auth']) {
      for (const key of ['access_token', 'refresh_token', 'application_token']) {
        expect(paths[`${prefix}.${key}`], `${prefix}.${key}`).toBe('[redacted]');
      }
    }
    const shown = await cli(['parse', file, '--raw', '--show-secrets']);
    for (const token of tokens) expect(shown.out).toContain(token);
  });

  it('parse leaves no token in clear for any fixture, form or JSON, raw included', async () => {
    const files = ['onimcommandadd', 'onimcommandadd/variants', 'v1', 'v2', 'real'].flatMap((dir) =>
      readdirSync(`fixtures/${dir}`)
        .filter((name) => name.endsWith('.form.txt'))
        .map((name) => `${dir}/${name.slice(0, -'.form.txt'.length)}`),
    );
    expect(files.length).toBeGreaterThan(50);
    let seen = 0;
    for (const name of files) {
      const tokens = tokensOf(`${name}.json`);
      for (const file of [`fixtures/${name}.form.txt`, `fixtures/${name}.json`]) {
        const { code, out } = await cli(['parse', file, '--raw']);
        if (code !== 0) continue;
        seen++;
        for (const token of tokens) expect(out, file).not.toContain(token);
        for (const [path, item] of Object.entries(tokenPaths(out))) {
          if (item !== null) expect(item, `${file} ${path}`).toBe('[redacted]');
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('decode redacts the wire tokens of the tree by default, at any depth', async () => {
    const { code, out } = await cli(['decode', GROUP]);
    expect(code).toBe(0);
    for (const token of GROUP_TOKENS) expect(out).not.toContain(token);
    const wire = ['access_token', 'refresh_token', 'application_token'];
    expect(tokenPaths(out)).toEqual(
      Object.fromEntries(
        ['.auth', '.data.COMMAND.99', '.data.COMMAND.99.AUTH'].flatMap((prefix) =>
          wire.map((key) => [`${prefix}.${key}`, '[redacted]']),
        ),
      ),
    );
    expect(JSON.parse(out).data.COMMAND['99'].COMMAND).toBe('echo');
    const v2 = await cli(['decode', 'fixtures/v2/ONIMBOTV2MESSAGEADD-group.form.txt']);
    for (const token of tokensOf('v2/ONIMBOTV2MESSAGEADD-group.json')) {
      expect(v2.out).not.toContain(token);
    }
    expect(JSON.parse(v2.out).data.bot.auth.refresh_token).toBe('[redacted]');
  });

  it('--show-secrets prints the tokens in clear, for parse and decode', async () => {
    const parsed = await cli(['parse', GROUP, '--raw', '--show-secrets']);
    expect(parsed.code).toBe(0);
    for (const token of GROUP_TOKENS) expect(parsed.out).toContain(token);
    const event = JSON.parse(parsed.out);
    expect(withoutRaw(event)).toEqual(
      JSON.parse(fixtureText('onimcommandadd/en-group.expected.json')),
    );
    expect(event.raw.data.COMMAND['99'].AUTH.refresh_token).toBe(
      'af9bc7690000071b006e2cf2050b00074d5d4c29337afbc6bb',
    );
    const decoded = await cli(['decode', '--show-secrets', GROUP]);
    expect(decoded.code).toBe(0);
    expect(JSON.parse(decoded.out)).toEqual(
      JSON.parse(JSON.stringify(decodeForm(fixtureText('onimcommandadd/en-group.form.txt')))),
    );
    for (const token of GROUP_TOKENS) expect(decoded.out).toContain(token);
  });

  it('still takes --redact, for parse and decode: the default, the same output', async () => {
    for (const command of ['parse', 'decode']) {
      const byDefault = await cli([command, GROUP]);
      const redact = await cli([command, GROUP, '--redact']);
      expect(redact.code).toBe(0);
      expect(redact.err).toBe('');
      expect(redact.out).toBe(byDefault.out);
    }
  });

  it('refuses --redact with --show-secrets: exit 2, a clear message, nothing printed', async () => {
    for (const argv of [
      ['parse', GROUP, '--redact', '--show-secrets'],
      ['parse', '--show-secrets', '--raw', '--redact', GROUP],
      ['decode', GROUP, '--show-secrets', '--redact'],
      ['parse', '--redact', '--show-secrets', '--help'],
    ]) {
      const { code, out, err } = await cli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(
        new RegExp(
          `^bitrix24-imbot-events: ${argv[0]}: --redact and --show-secrets cannot be used together`,
        ),
      );
      expect(err).toContain(`Run 'bitrix24-imbot-events ${argv[0]} --help' for more.`);
    }
  });

  it('says so in the help of the program, of parse and of decode', async () => {
    for (const argv of [['--help'], ['parse', '--help'], ['decode', '--help']]) {
      const { out } = await cli(argv);
      expect(out, argv.join(' ')).toContain('--show-secrets');
      expect(out, argv.join(' ')).toContain('[redacted]');
    }
    for (const command of ['parse', 'decode']) {
      const { out } = await cli([command, '--help']);
      expect(out).toMatch(/--redact +redact the tokens \(the default/);
      expect(out.split('\n')[0]).toContain('[--show-secrets]');
    }
  });

  it('never prints a token when a body fails, on stdout or stderr, with or without --show-secrets', async () => {
    const body = fixtureText('onimcommandadd/en-group.form.txt');
    const json = JSON.parse(fixtureText('onimcommandadd/en-group.json'));
    const [access, refresh, application] = [
      '53a24d7679eaf065f84660629e47b604340f175a420e84c50bcb84bba12202ed',
      '2174b61b34127fa46c6ccc8f44c2bf6c22c4b51cac10f5fdb4ef6190ca079d5c',
      '7e57ab1e7e57ab1e7e57ab1e7e57ab1e',
    ] as const;
    const failing: [string, string][] = [
      ['ts made invalid', `${body}&ts=x`],
      ['a token as the time', `${body}&ts=${access}`],
      ['a token as the handler id', `${body}&event_handler_id=${refresh}`],
      [
        'a token as an event code, the auth broken',
        `${body}&event=${application}&auth[domain][]=x`,
      ],
      ['a token as a map key', `${body}&data[COMMAND][${access}][COMMAND]=x`],
      ['a token as an unknown key', `${body}&data[PARAMS][${refresh}]=${access}&ts=x`],
      ['a token as an array', `${body}&auth[access_token][]=${access}`],
      [
        'a JSON body with a token where a number goes',
        JSON.stringify({ ...json, ts: access, event_handler_id: refresh }),
      ],
      [
        'a JSON body with the tokens as objects',
        JSON.stringify({ ...json, auth: { ...json.auth, application_token: { x: application } } }),
      ],
      ['a body with a NUL byte', `${body}&auth[access_token]=${access}\0`],
    ];
    const tokens = [...GROUP_TOKENS, access, refresh, application];
    for (const [name, input] of failing) {
      for (const argv of [['parse'], ['parse', '--show-secrets'], ['parse', '--strict']]) {
        const { code, out, err } = await cli(argv, input);
        expect(code, `${name}: ${argv.join(' ')}`).toBe(1);
        expect(out).toBe('');
        expect(err).toMatch(/^bitrix24-imbot-events: invalid body \(/);
        for (const token of tokens) expect(err, `${name}: ${argv.join(' ')}`).not.toContain(token);
      }
    }
    const decode = await cli(['decode', '--show-secrets'], failing.at(-1)?.[1]);
    expect(decode.code).toBe(1);
    expect(decode.out).toBe('');
    for (const token of tokens) expect(decode.err).not.toContain(token);
  });
});

describe('the built CLI', () => {
  it('runs as a program and prints the event', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const expected = JSON.parse(fixtureText('onimcommandadd/en-group.expected.json'));
    const run = promisify(execFile);
    const { stdout } = await run('node', ['dist/cli.js', 'parse', GROUP, '--show-secrets']);
    expect(withoutRaw(JSON.parse(stdout))).toEqual(expected);
    const redacted = await run('node', ['dist/cli.js', 'parse', GROUP]);
    expect(JSON.parse(redacted.stdout)).toEqual(redactEvent(expected));
  });
});
