import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import {
  decodeForm,
  type EventInput,
  EventParseError,
  parseBotEventRequest,
  parseImCommandAdd,
  parseImCommandAddRequest,
} from '../../src/index.js';
import { EVENT_PARSERS, SAFE_PARSERS } from '../support/events.js';
import { fixtureJson, fixtureText, hexBytes } from '../support/php.js';

interface CorpusEntry {
  name: string;
  body?: string;
  bodyHex?: string;
}

function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

const documented = fixtureText('onimcommandadd/en-group.form.txt');
const documentedJson = fixtureText('onimcommandadd/en-group.json');

/** Our own hostile bodies, on top of the hostile part of the PHP corpus. */
const extra: [string, string | Uint8Array][] = [
  [
    'prototype names inside a real event',
    `${documented}&data[PARAMS][__proto__][polluted]=1&constructor[prototype][polluted]=1`,
  ],
  [
    'a real event with its COMMAND replaced by __proto__',
    documented.replaceAll('data%5BCOMMAND%5D%5B99%5D', 'data%5BCOMMAND%5D%5B__proto__%5D'),
  ],
  ['JSON with __proto__ at the top', `{"__proto__":{"polluted":1},${documentedJson.slice(1)}`],
  [
    'JSON with constructor.prototype',
    `{"constructor":{"prototype":{"polluted":1}},${documentedJson.slice(1)}`,
  ],
  ['JSON nested 10,000 deep', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
  ['form nested 10,000 deep', `a${'[a]'.repeat(10_000)}=1`],
  ['10,000 duplicates of one name', 'event=x&'.repeat(10_000)],
  ['only percent signs', '%'.repeat(50_000)],
  ['half an escape at the end of every name', 'a%=1&b%4=2&c[%=3&d]%=4'],
  ['a NUL byte in JSON', `{"event":"ONIMCOMMANDADD\u0000"}`],
  ['a lone surrogate everywhere', `${documented}&\ud800=\udc00&x[\ud800]=1`],
  [
    'JSON numbers beyond the safe range',
    documentedJson.replace('"event_handler_id": "1035"', '"event_handler_id": 1e400'),
  ],
  [
    'invalid UTF-8 in JSON bytes',
    Uint8Array.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]),
  ],
  ['a body of 0xFF bytes', new Uint8Array(10_000).fill(0xff)],
];

const corpus = fixtureJson<CorpusEntry[]>('form/decode-corpus.json')
  .filter((entry) => entry.name.startsWith('hostile'))
  .map((entry): [string, string | Uint8Array] => [
    entry.name,
    entry.bodyHex === undefined ? (entry.body ?? '') : hexBytes(entry.bodyHex),
  ]);

const bodies = [...corpus, ...extra];

function onlyEventParseError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EventParseError);
  }
}

async function onlyEventParseErrorAsync(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(EventParseError);
  }
}

describe('hostile bodies through every entry point', () => {
  const before = prototypeSnapshot();

  for (const [name, body] of bodies) {
    it(name, async () => {
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      const bodies: (string | Uint8Array | ArrayBuffer | URLSearchParams)[] = [
        bytes,
        bytes.slice().buffer,
      ];
      if (typeof body === 'string') bodies.push(body, new URLSearchParams(body));
      for (const input of bodies) onlyEventParseError(() => decodeForm(input));
      const inputs: EventInput[] = [...bodies];
      if (typeof body === 'string') inputs.push(Object.fromEntries(new URLSearchParams(body)));
      for (const input of inputs) {
        onlyEventParseError(() => parseImCommandAdd(input));
        // Every event's parse and safeParse, and safeParseBotEvent: a result, never a foreign throw.
        for (const { parse } of EVENT_PARSERS.values()) onlyEventParseError(() => parse(input));
        for (const [, safeParse] of SAFE_PARSERS) {
          const result = safeParse(input);
          if (!result.success) expect(result.error).toBeInstanceOf(EventParseError);
        }
      }
      for (const type of ['application/x-www-form-urlencoded', 'application/json']) {
        const request = new Request('http://localhost/bot', {
          method: 'POST',
          body: bytes.slice(),
          headers: { 'content-type': type },
        });
        await onlyEventParseErrorAsync(() => parseImCommandAddRequest(request.clone()));
        await onlyEventParseErrorAsync(() => parseBotEventRequest(request));
      }
      for (const command of ['parse', 'decode']) {
        const code = await runCli({
          argv: [command, '-'],
          read: async () => bytes,
          stdinIsTerminal: false,
          out: () => undefined,
          err: () => undefined,
          version: '0',
          fetch: () => Promise.reject(new Error('parse and decode post nothing')),
        });
        expect([0, 1]).toContain(code);
      }
      expect(prototypeSnapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
