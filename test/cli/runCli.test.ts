import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
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
  });
  return { code, out, err };
}

const GROUP = 'fixtures/onimcommandadd/en-group.form.txt';

describe('the CLI', () => {
  it('parse prints the normalized event as JSON', async () => {
    const { code, out, err } = await cli(['parse', GROUP]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual(
      JSON.parse(fixtureText('onimcommandadd/en-group.expected.json')),
    );
  });

  it('parse reads JSON from standard input, with - or without a FILE', async () => {
    const json = fixtureText('onimcommandadd/ru-private.json');
    for (const argv of [['parse', '-'], ['parse']]) {
      const { code, out } = await cli(argv, json);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(
        JSON.parse(fixtureText('onimcommandadd/ru-private.expected.json')),
      );
    }
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
        'Usage: bitrix24-imbot-events parse [FILE|-] [--redact] [--strict] [--raw]',
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
    const stdin = await cli(['parse', '--', '-'], fixtureText('onimcommandadd/en-group.form.txt'));
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
    for (const argv of [['--help'], ['parse', '--help'], ['decode', '-h'], ['encode', '--help']]) {
      const { code, out } = await cli(argv);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: bitrix24-imbot-events/);
    }
    expect((await cli(['--version'])).out).toBe('9.9.9\n');
  });
});

describe('the built CLI', () => {
  it('runs as a program and prints the event', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { stdout } = await promisify(execFile)('node', ['dist/cli.js', 'parse', GROUP]);
    expect(withoutRaw(JSON.parse(stdout))).toEqual(
      JSON.parse(fixtureText('onimcommandadd/en-group.expected.json')),
    );
  });
});
