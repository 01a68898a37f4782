import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeExact } from '../../src/decode/percentDecode.js';
import { decodeForm, EventParseError, encodeForm } from '../../src/index.js';
import { canonical } from '../support/php.js';
import { referenceDecode } from '../support/referenceDecode.js';

/** What PHP's parse_str makes of a value http_build_query wrote: leaves as strings, empties gone. */
function stringified(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value !== 'object') return String(value);
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, item] of Object.entries(value)) {
    const converted = stringified(item);
    if (converted !== undefined) out[key] = converted;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

const unit = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'a',
      'Z',
      '0',
      '9',
      '_',
      '-',
      '~',
      '%',
      '+',
      '&',
      '=',
      '#',
      '/',
      '?',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('[', ']', '.', ' ', '\t', '\n', '"', "'") },
  { weight: 2, arbitrary: fc.constantFrom('я', 'é', '中', '😀', '\ufeff', '\u0301') },
);
const text = fc.string({ unit, maxLength: 12 });
// Names PHP gives back unchanged: top-level ones without space, `.`, `[` or NUL and not starting
// with a space; nested ones without `]` or NUL and neither empty nor one white-space character alone
// (C's isspace: tab, LF, VT, FF, CR, space), both of which mean append.
const topKey = text.filter((key) => key.length > 0 && !/[ .[\0]/.test(key));
const nestedKey = text.filter(
  (key) => key.length > 0 && !/^[\t-\r ]$/.test(key) && !/[\]\0]/.test(key),
);
const leaf = fc.oneof(text, fc.boolean(), fc.integer(), fc.constant(null));
const nested = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('map'),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
  map: fc.dictionary(nestedKey, tie('value'), { maxKeys: 4, noNullPrototype: true }),
})).value;
const payload = fc.dictionary(topKey, nested, { maxKeys: 5, noNullPrototype: true });

function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto).sort().join(','),
  );
}

describe('form codec properties', () => {
  it('decodeForm(encodeForm(x)) equals x with scalars stringified (both encodings)', () => {
    fc.assert(
      fc.property(
        payload,
        fc.constantFrom('RFC1738' as const, 'RFC3986' as const),
        (value, encoding) => {
          const expected = stringified(value) ?? {};
          expect(canonical(decodeForm(encodeForm(value, { encoding })))).toEqual(
            canonical(expected),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  const formish = fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'b', '0', '1', 'F', 'e', '_', ' ', '.') },
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          '&',
          '=',
          '[',
          ']',
          '%',
          '+',
          '%5B',
          '%5D',
          '%00',
          '%FF',
          '%D0',
          '%B0',
        ),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'toString',
          '[]',
          '[__proto__]',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom('\0', '\ud800', 'я', '😀') },
      { weight: 1, arbitrary: fc.string({ maxLength: 1, unit: 'binary' }) },
    ),
    maxLength: 80,
  });

  it('never throws anything but EventParseError and never touches a prototype', () => {
    const before = prototypeSnapshot();
    const check = (body: string | Uint8Array) => {
      try {
        const result = decodeForm(body, { limits: { maxDepth: 6, maxParams: 30 } });
        expect(Object.getPrototypeOf(result)).toBeNull();
      } catch (error) {
        expect(error).toBeInstanceOf(EventParseError);
      }
    };
    fc.assert(fc.property(formish, check), { numRuns: 5000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 120 }), check), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), check), { numRuns: 2000 });
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads a byte body exactly as its text when the bytes are UTF-8', () => {
    fc.assert(
      fc.property(formish, (body) => {
        const fromText = (() => {
          try {
            return canonical(decodeForm(body));
          } catch (error) {
            return (error as EventParseError).code;
          }
        })();
        const fromBytes = (() => {
          try {
            return canonical(decodeForm(new TextEncoder().encode(body)));
          } catch (error) {
            return (error as EventParseError).code;
          }
        })();
        expect(fromBytes).toEqual(fromText);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the fast paths of decodeForm agree with its byte-exact path', () => {
  // A lone surrogate anywhere sends every component of a text body through the byte-exact path
  // (decodeExact and PHP's general name rules) instead of the fast ones (encoded names, the name
  // cache, decodeURIComponent, in-place byte decoding of long values).
  const exactly = (body: string) => {
    const tree = decodeForm(`${body}&zz=\ud800`);
    delete tree.zz;
    return tree;
  };
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('a', 'Z', '0', '-', '_', '.', 'я', '😀', ' ') },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '%41',
        '%D1%8F',
        '%F0%9F%98%80',
        '%E2%82',
        '%FF',
        '%',
        '%%',
        '%4',
        '%ZZ',
        '+',
        '%2B',
        '%00',
        '%EF%BB%BF',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('[', ']', '%5B', '%5D', '=', '[]', '%5B%5D') },
  );
  const component = (minLength: number, maxLength: number) =>
    fc.array(piece, { minLength, maxLength, size: 'max' }).map((parts) => parts.join(''));
  const name = fc.oneof(
    component(0, 6),
    fc
      .tuple(
        fc.constantFrom('data', 'auth', 'a.b'),
        fc.array(fc.constantFrom('%5BCOMMAND%5D', '%5B99%5D', '[x]', '%5B%5D', '%5Bk.y%5D'), {
          maxLength: 4,
        }),
      )
      .map(([top, groups]) => top + groups.join('')),
  );
  const body = fc
    .array(fc.tuple(name, fc.oneof(component(0, 8), component(400, 700)), fc.boolean()), {
      minLength: 1,
      maxLength: 8,
    })
    .map((segments) =>
      segments.map(([n, value, withValue]) => (withValue ? `${n}=${value}` : n)).join('&'),
    );

  it('on random bodies, long values included', () => {
    fc.assert(
      fc.property(body, (text) => {
        let fast: unknown;
        let exact: unknown;
        try {
          fast = canonical(decodeForm(text));
        } catch (error) {
          fast = (error as EventParseError).code;
        }
        try {
          exact = canonical(exactly(text));
        } catch (error) {
          exact = (error as EventParseError).code;
        }
        expect(fast).toEqual(exact);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeExact (the one-pass byte decoder) meets the definition of a component', () => {
  const decode = (text: string, binary = false) => decodeExact(text, 0, text.length, binary);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '0', '-', '.', ' ', 'я', 'é', '中', '😀') },
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        '%D1%8F', // я
        '%D0%81', // Ё
        '%C3%A9',
        '%E2%80%94',
        '%F0%9F%98%80',
        '%EF%BB%BF',
        '%41',
        '%2B',
        '+',
        '%00',
        '%d1%8f', // lower-case hex
      ),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '%',
        '%%',
        '%4',
        '%ZZ',
        '%D1',
        '%D1%',
        '%D1%8',
        '%D1%41',
        '%E2%82',
        '%F0%9F%98',
        '%FF',
        '%C0%80',
        '%C1%BF',
        '%E0%80%80', // overlong
        '%ED%A0%80', // an encoded surrogate
        '%F4%90%80%80', // past U+10FFFF
        '%F5%80%80%80',
        '%80',
        '%BF',
        '\ud800',
        '\udc00',
      ),
    },
  );
  const value = fc.array(piece, { minLength: 0, maxLength: 80 }).map((parts) => parts.join(''));

  it('on random values with well-formed and malformed pieces', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(decode(text)).toBe(referenceDecode(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('on random bytes of a binary body (one char per byte)', () => {
    const byteChar = fc.oneof(
      fc.integer({ min: 0, max: 255 }).map((byte) => String.fromCharCode(byte)),
      fc.constantFrom('%', '%D1', '%8F', '+', '%FF'),
    );
    fc.assert(
      fc.property(fc.array(byteChar, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(decode(text, true)).toBe(referenceDecode(text, true));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back every value as PHP encodes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const encoded of [
          encodeURIComponent(text),
          encodeURIComponent(text).replaceAll('%20', '+'),
          text.replaceAll('%', '%25').replaceAll('+', '%2B'),
        ]) {
          expect(decode(encoded)).toBe(text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a long Cyrillic value, and a malformed piece at every position of it', () => {
    const text = 'Привет, коллеги! Отчёт — готов; рост 42% год к году. Ёлка, щука, эхо. '.repeat(
      40,
    );
    const encoded = encodeURIComponent(text).replaceAll('%20', '+');
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(4000);
    expect(decode(encoded)).toBe(text);
    for (let at = 0; at <= encoded.length; at += 1) {
      for (const bad of ['%', '%Z', '%D1', '\ud800', '%FF%', '%F0%9F']) {
        const broken = encoded.slice(0, at) + bad + encoded.slice(at);
        expect(decode(broken)).toBe(referenceDecode(broken));
      }
    }
  });

  it('values longer than its kept buffers, and one after another of different lengths', () => {
    const long = '%D1%8F'.repeat(100_000); // 600,000 encoded bytes: past the kept scratch
    expect(decode(long)).toBe('я'.repeat(100_000));
    expect(decode('%41%42')).toBe('AB');
    const wide = '中'.repeat(50_000); // literal text whose UTF-8 is 3 bytes a char
    expect(decode(wide)).toBe(wide);
    expect(decode(`${'😀'.repeat(30_000)}%F0%9F`)).toBe(`${'😀'.repeat(30_000)}\ufffd`);
    expect(decode('x')).toBe('x');
  });

  it('a slice of a longer body, in both modes', () => {
    const body = 'a=%D1%8F%FF&b=c';
    expect(decodeExact(body, 2, 11, false)).toBe('я\ufffd');
    expect(decodeExact(body, 14, 15, true)).toBe('c');
  });
});

describe('a runtime whose TextDecoder knows UTF-8 alone', () => {
  it('long values decode the same, through String.fromCharCode', async () => {
    const Native = globalThis.TextDecoder;
    class Utf8Only extends Native {
      constructor(label?: string, options?: TextDecoderOptions) {
        if (label !== undefined && !/^utf-?8$/i.test(label)) {
          throw new RangeError(`The "${label}" encoding is not supported`);
        }
        super(label, options);
      }
    }
    vi.resetModules();
    vi.stubGlobal('TextDecoder', Utf8Only);
    try {
      const fresh = await import('../../src/decode/percentDecode.js');
      const { decodeForm: freshDecodeForm } = await import('../../src/index.js');
      const text = `\ufeff${'Съешь же ещё этих мягких французских булок 😀 '.repeat(400)}`;
      const encoded = encodeURIComponent(text);
      expect(fresh.decodeExact(encoded, 0, encoded.length, false)).toBe(text);
      expect(freshDecodeForm(`a=${encoded}&b=${encoded}%FF`)).toEqual({
        a: text,
        b: `${text}\ufffd`,
      });
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
    expect(globalThis.TextDecoder).toBe(Native);
  });
});

describe('a runtime without String.prototype.isWellFormed (Node 18)', () => {
  it('finds lone surrogates the same way, through encodeURIComponent', () => {
    const bodies = ['a=\ud800&b=%D1%8F', 'a=\udc00x', 'a=😀&b=%F0%9F%98%80', 'a[\ud83d]=1', 'a=1'];
    const expected = bodies.map((body) => decodeForm(body));
    const descriptor = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
    try {
      expect((String.prototype as { isWellFormed?: unknown }).isWellFormed).toBeUndefined();
      expect(bodies.map((body) => decodeForm(body))).toEqual(expected);
      expect(decodeForm('a=\ud800')).toEqual({ a: '\ufffd' });
    } finally {
      if (descriptor !== undefined)
        Object.defineProperty(String.prototype, 'isWellFormed', descriptor);
    }
    expect(typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed).toBe('function');
  });
});
