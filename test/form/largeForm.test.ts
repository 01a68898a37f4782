import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as decodeFormModule from '../../src/decode/decodeForm.js';
import { decodeFormBytes } from '../../src/decode/largeForm.js';
import { DEFAULT_LIMITS, EventParseError } from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// decodeFormBytes (the endpoints' form decoder) must give exactly what decodeFormTree gives: the
// same tree, the same errors, for any body; it only takes a faster way through large bodies.

vi.mock('../../src/decode/decodeForm.js', { spy: true });

type Outcome = { tree: unknown; reserved: boolean } | { code: string; message: string };

function outcome(run: () => { root: unknown; hasReservedKey: boolean }): Outcome {
  try {
    const form = run();
    return { tree: form.root, reserved: form.hasReservedKey };
  } catch (error) {
    if (error instanceof EventParseError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** A body's bytes from a string whose chars are bytes (`\xd0\xbf` is UTF-8 `п`). */
const bytesOf = (binary: string) => new Uint8Array(Buffer.from(binary, 'latin1'));

const names = fc.constantFrom(
  'a',
  'a[]',
  'a[b]',
  'b[c][]',
  'data%5BPARAMS%5D%5BMESSAGE%5D',
  'a%5B%5D',
  '%00x',
  'x',
  '__proto__',
  '',
  'a[',
  'c.d',
  '\xd0\xbf',
  '%D0%BF[1]',
);
// Pieces of a value: ASCII, escapes (Cyrillic, NUL, invalid UTF-8, malformed), raw UTF-8 and
// raw invalid bytes, `+`, and what looks like a marker.
const piece = fc.constantFrom(
  'ab',
  '%D0%BF',
  '%00',
  '%003',
  '%0',
  '%',
  '%FF',
  '%F0%9F%98%80',
  '+',
  '=',
  '\xd0\xbf',
  '\xff',
  '\xd0',
  '7',
);
const shortValue = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
// 4 KB (the threshold) and a little over or under it.
const longValue = fc
  .tuple(piece, fc.integer({ min: 600, max: 3000 }), shortValue)
  .map(([unit, times, tail]) => unit.repeat(times) + tail);
const segment = fc
  .tuple(
    names,
    fc.boolean(),
    fc.oneof({ weight: 3, arbitrary: shortValue }, { weight: 1, arbitrary: longValue }),
  )
  .map(([name, equals, value]) => (equals ? `${name}=${value}` : name));
const body = fc
  .tuple(
    fc.array(segment, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('&', '&&'),
    fc.nat(),
    fc.boolean(),
  )
  .map(([segments, glue, fill, nul]) => {
    let text = segments.join(glue);
    // Most bodies past the 64 KB from which the long values are taken out; some just under it.
    const target = 60_000 + (fill % 10_000);
    if (text.length < target) text += `&z=${'x'.repeat(target - text.length)}`;
    return nul ? `${text}&n=a\0b` : text;
  });

describe('decodeFormBytes', () => {
  it('gives what decodeFormTree gives for any body, large or not', () => {
    fc.assert(
      fc.property(body, (binary) => {
        const expected = outcome(() =>
          decodeFormModule.decodeFormTree(bytesOf(binary), DEFAULT_LIMITS),
        );
        const actual = outcome(() => decodeFormBytes(bytesOf(binary), DEFAULT_LIMITS));
        expect(isDeepStrictEqual(actual, expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes the long Cyrillic body without a string of the whole body', () => {
    const bytes = new Uint8Array(Buffer.from(fixtureText('bench/long-cyrillic.form.txt')));
    const spy = vi.mocked(decodeFormModule.decodeFormTree);
    spy.mockClear();
    const actual = decodeFormBytes(bytes, DEFAULT_LIMITS);
    // What went through decodeForm was the body without its two long values.
    expect(spy).toHaveBeenCalledTimes(1);
    const rest = spy.mock.calls[0]?.[0] as Uint8Array;
    expect(rest.byteLength).toBeLessThan(10_000);
    const expected = decodeFormModule.decodeFormTree(bytes, DEFAULT_LIMITS);
    expect(isDeepStrictEqual(actual.root, expected.root)).toBe(true);
    const message = (actual.root.data as { PARAMS: { MESSAGE: string } }).PARAMS.MESSAGE;
    // The same payload as PHP wrote it to JSON (fixtures/generate-bench.php).
    const json = JSON.parse(fixtureText('bench/long-cyrillic.json')) as {
      data: { PARAMS: { MESSAGE: string } };
    };
    expect(message.length).toBeGreaterThan(25_000);
    expect(message).toBe(json.data.PARAMS.MESSAGE);
  });

  it('takes the ordinary path for a small body, a literal NUL, or %00 outside the long values', () => {
    const spy = vi.mocked(decodeFormModule.decodeFormTree);
    const long = `m=${'%D0%BF'.repeat(12_000)}`;
    for (const binary of ['a=1&b=2', `${long}&a=x\0y`, `${long}&a=%00`, `a%00=1&${long}`]) {
      spy.mockClear();
      const bytes = bytesOf(binary);
      const actual = outcome(() => decodeFormBytes(bytes, DEFAULT_LIMITS));
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]?.[0]).toBe(bytes);
      expect(actual).toEqual(outcome(() => decodeFormModule.decodeFormTree(bytes, DEFAULT_LIMITS)));
    }
  });

  it('refuses what decodeFormTree refuses, with the same error', () => {
    const long = `m=${'%D0%BF'.repeat(12_000)}`;
    const cases: [string, Partial<typeof DEFAULT_LIMITS>][] = [
      [long, { maxBytes: 70_000 }],
      [`a[b][c]=1&${long}`, { maxDepth: 1 }],
      [`${long}&${'k=1&'.repeat(20)}`, { maxParams: 10 }],
    ];
    for (const [binary, limits] of cases) {
      const resolved = { ...DEFAULT_LIMITS, ...limits };
      const expected = outcome(() => decodeFormModule.decodeFormTree(bytesOf(binary), resolved));
      expect(expected).toHaveProperty('code');
      expect(outcome(() => decodeFormBytes(bytesOf(binary), resolved))).toEqual(expected);
    }
  });

  it('lets a later duplicate replace a long value, and keeps appends in order', () => {
    const long = '%D0%BF'.repeat(12_000);
    const form = decodeFormBytes(
      bytesOf(`a=${long}&a=short&l[]=${long}&l[]=2&l[]=${long}x`),
      DEFAULT_LIMITS,
    );
    const text = 'п'.repeat(12_000);
    expect(form.root).toEqual({ a: 'short', l: { 0: text, 1: '2', 2: `${text}x` } });
  });
});
