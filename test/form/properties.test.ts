import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeForm, EventParseError, encodeForm } from '../../src/index.js';
import { canonical } from '../support/php.js';

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
