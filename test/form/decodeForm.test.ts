import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, decodeForm, EventParseError } from '../../src/index.js';
import { canonical } from '../support/php.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EventParseError) return error.code;
    throw error;
  }
  return undefined;
}

describe('decodeForm', () => {
  const rules: { name: string; input: string; expected: object }[] = [
    {
      name: 'keeps id keys as keys, never array indices',
      input: 'c[103][b]=1&c[7][b]=2',
      expected: { c: { '7': { b: '2' }, '103': { b: '1' } } },
    },
    {
      name: 'decodes + as space and %XX as UTF-8',
      input: 'm=%2Fecho+%D1%82%D0%B5%D1%81%D1%82',
      expected: { m: '/echo тест' },
    },
    { name: 'keeps a byte order mark', input: 'm=%EF%BB%BFx', expected: { m: '\ufeffx' } },
    { name: 'reads raw non-ASCII text', input: 'm=тест 😀', expected: { m: 'тест 😀' } },
    {
      name: 'treats encoded brackets as brackets',
      input: 'a%5Bb%5D%5B%5D=1',
      expected: { a: { b: { '0': '1' } } },
    },
    { name: 'a value without = is empty', input: 'flag&x=', expected: { flag: '', x: '' } },
    { name: 'the last duplicate wins', input: 'a=1&a=2', expected: { a: '2' } },
  ];
  for (const { name, input, expected } of rules) {
    it(name, () => {
      expect(canonical(decodeForm(input))).toEqual(canonical(expected));
    });
  }

  it('builds null-prototype objects only', () => {
    const result = decodeForm('a[b][c]=1&__proto__[x]=2');
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(Object.getPrototypeOf(result.a)).toBeNull();
    expect(Object.getPrototypeOf((result.a as Record<string, unknown>).b)).toBeNull();
    expect(Object.keys(result)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('turns a lone surrogate in text input into U+FFFD, as its UTF-8 encoding does', () => {
    expect(decodeForm('a=x\ud800y&b=\udc00')).toEqual(
      decodeForm(new TextEncoder().encode('a=x\ud800y&b=\udc00')),
    );
    expect(decodeForm('a=x\ud800y').a).toBe('x\ufffdy');
    expect(decodeForm('a=%F0%9F%98%80\ud83d\ude00').a).toBe('😀😀');
  });

  it('accepts a Node Buffer and a DataView', () => {
    const body = 'a[b]=%D1%8F';
    expect(decodeForm(Buffer.from(body))).toEqual(decodeForm(body));
    const bytes = new TextEncoder().encode(`xx${body}`);
    expect(decodeForm(new DataView(bytes.buffer, 2) as unknown as Uint8Array)).toEqual(
      decodeForm(body),
    );
  });

  it('rejects a body of another type with malformed_body', () => {
    for (const body of [undefined, null, 42, {}, ['a=1']]) {
      expect(codeOf(() => decodeForm(body as never))).toBe('malformed_body');
    }
  });

  describe('limits', () => {
    it('has the documented defaults', () => {
      expect(DEFAULT_LIMITS).toEqual({
        maxBytes: 1_048_576,
        maxParams: 10_000,
        maxDepth: 32,
        maxMaps: 2_000,
      });
    });

    const cases: { name: string; run: () => unknown; code: string | undefined }[] = [
      {
        name: 'maxBytes: exactly at the limit passes',
        run: () => decodeForm('a=12', { limits: { maxBytes: 4 } }),
        code: undefined,
      },
      {
        name: 'maxBytes: one byte over fails',
        run: () => decodeForm('a=123', { limits: { maxBytes: 4 } }),
        code: 'body_too_large',
      },
      {
        name: 'maxBytes: counts UTF-8 bytes of text',
        run: () => decodeForm('a=яя', { limits: { maxBytes: 5 } }),
        code: 'body_too_large',
      },
      {
        name: 'maxBytes: counts bytes of a Uint8Array',
        run: () => decodeForm(new Uint8Array(11), { limits: { maxBytes: 10 } }),
        code: 'body_too_large',
      },
      {
        name: 'maxBytes: counts URLSearchParams',
        run: () => decodeForm(new URLSearchParams('a=123456'), { limits: { maxBytes: 4 } }),
        code: 'body_too_large',
      },
      {
        name: 'maxBytes: default refuses 1 MiB + 1',
        run: () => decodeForm('a'.repeat(1_048_577)),
        code: 'body_too_large',
      },
      {
        name: 'maxParams: empty segments do not count',
        run: () => decodeForm('a=1&&&b=2&', { limits: { maxParams: 2 } }),
        code: undefined,
      },
      {
        name: 'maxParams: one over fails',
        run: () => decodeForm('a=1&b=2&c=3', { limits: { maxParams: 2 } }),
        code: 'too_many_params',
      },
      {
        name: 'maxParams: URLSearchParams one over fails',
        run: () => decodeForm(new URLSearchParams('a=1&b=2&c=3'), { limits: { maxParams: 2 } }),
        code: 'too_many_params',
      },
      {
        name: 'maxDepth: at the limit passes',
        run: () => decodeForm('a[b][c]=1', { limits: { maxDepth: 2 } }),
        code: undefined,
      },
      {
        name: 'maxDepth: one over fails',
        run: () => decodeForm('a[b][c][d]=1', { limits: { maxDepth: 2 } }),
        code: 'too_deep',
      },
      {
        name: 'maxDepth: appends count',
        run: () => decodeForm('a[][][]=1', { limits: { maxDepth: 2 } }),
        code: 'too_deep',
      },
      // PHP counts an unclosed `[` right after a group (or a first one) as a nesting level.
      {
        name: 'maxDepth: an ignored unclosed group counts, as in PHP',
        run: () => decodeForm('a[b][c][d=1', { limits: { maxDepth: 2 } }),
        code: 'too_deep',
      },
      {
        name: 'maxDepth: an ignored unclosed group at the limit passes',
        run: () => decodeForm('a[b][c=1', { limits: { maxDepth: 2 } }),
        code: undefined,
      },
      {
        name: 'maxDepth: an unclosed first group counts',
        run: () => decodeForm('a[b=1', { limits: { maxDepth: 0 } }),
        code: 'too_deep',
      },
      {
        name: 'maxDepth: 0 passes a name without brackets',
        run: () => decodeForm('a=1&b.c=2', { limits: { maxDepth: 0 } }),
        code: undefined,
      },
      {
        name: 'maxDepth: a trailing [ after an append counts',
        run: () => decodeForm('a[][[=1', { limits: { maxDepth: 1 } }),
        code: 'too_deep',
      },
      {
        name: 'maxDepth: a trailing [ after an append at the limit passes',
        run: () => decodeForm('a[][[=1', { limits: { maxDepth: 2 } }),
        code: undefined,
      },
      {
        name: 'maxDepth: a [ after the name ended does not count',
        run: () => decodeForm('a[b]c[=1&d[]][=2', { limits: { maxDepth: 1 } }),
        code: undefined,
      },
      {
        name: 'maxDepth: a trailing [ counts after a name with the same parent',
        run: () => decodeForm('a[b][c]=1&a[b][d][=2', { limits: { maxDepth: 2 } }),
        code: 'too_deep',
      },
      {
        name: 'maxDepth: a trailing [ counts in URLSearchParams',
        run: () => decodeForm(new URLSearchParams('a[b][=1'), { limits: { maxDepth: 1 } }),
        code: 'too_deep',
      },
      {
        name: 'maxDepth: a trailing [ counts in a percent-encoded name',
        run: () => decodeForm('a%5Bb%5D%5B=1', { limits: { maxDepth: 1 } }),
        code: 'too_deep',
      },
      {
        name: "maxDepth: 64, PHP's level, passes 63 appends and a trailing [",
        run: () => decodeForm(`a${'[]'.repeat(63)}[=1`, { limits: { maxDepth: 64 } }),
        code: undefined,
      },
      {
        name: "maxDepth: 64, PHP's level, refuses 64 appends and a trailing [",
        run: () => decodeForm(`a${'[]'.repeat(64)}[=1`, { limits: { maxDepth: 64 } }),
        code: 'too_deep',
      },
      {
        name: 'maxMaps: each group that opens a map counts, at the limit passes',
        // a, a[b], a[b][0], a[b][1] and c: five maps; a[x] is a leaf in a.
        run: () => decodeForm('a[b][][k]=1&a[b][][k]=2&a[x]=3&c[d]=4', { limits: { maxMaps: 5 } }),
        code: undefined,
      },
      {
        name: 'maxMaps: one over fails',
        run: () => decodeForm('a[b][][k]=1&a[b][][k]=2&a[x]=3&c[d]=4', { limits: { maxMaps: 4 } }),
        code: 'too_many_params',
      },
      {
        name: 'maxMaps: a map reached again does not count again',
        run: () => decodeForm('a[b][c]=1&a[b][d]=2&a[b][e]=3&a[f]=4', { limits: { maxMaps: 2 } }),
        code: undefined,
      },
      {
        name: 'maxMaps: a leaf replaced by a map counts',
        run: () => decodeForm('a=1&a[b]=2', { limits: { maxMaps: 0 } }),
        code: 'too_many_params',
      },
      {
        name: 'maxMaps: URLSearchParams one over fails',
        run: () => decodeForm(new URLSearchParams('a[b]=1&c[d]=2'), { limits: { maxMaps: 1 } }),
        code: 'too_many_params',
      },
      {
        name: 'maxMaps: the default refuses the hostile 1 MB of nested appends',
        run: () => decodeForm(`a${'[]'.repeat(32)}=1&`.repeat(10_000)),
        code: 'too_many_params',
      },
      {
        name: 'maxMaps: the default passes 2,000 maps',
        run: () => decodeForm(Array.from({ length: 2000 }, (_, i) => `k${i}[v]=1`).join('&')),
        code: undefined,
      },
      {
        name: 'maxMaps: the default refuses 2,001 maps',
        run: () => decodeForm(Array.from({ length: 2001 }, (_, i) => `k${i}[v]=1`).join('&')),
        code: 'too_many_params',
      },
      {
        name: 'maxMaps: Infinity lifts it',
        run: () =>
          decodeForm(`a${'[]'.repeat(32)}=1&`.repeat(400), {
            limits: { maxMaps: Number.POSITIVE_INFINITY },
          }),
        code: undefined,
      },
      {
        name: 'limits may be Infinity',
        run: () => decodeForm('a=1', { limits: { maxBytes: Number.POSITIVE_INFINITY } }),
        code: undefined,
      },
    ];
    for (const { name, run, code } of cases) {
      it(name, () => {
        expect(codeOf(run)).toBe(code);
      });
    }

    it('checks maxBytes before looking at the body', () => {
      // A body over the limit fails as too large even though it is also too deep.
      expect(
        codeOf(() => decodeForm(`a${'[b]'.repeat(100)}=1`, { limits: { maxBytes: 10 } })),
      ).toBe('body_too_large');
    });

    it('rejects a limit that is not a non-negative integer', () => {
      for (const bad of [-1, 1.5, Number.NaN, '10']) {
        expect(() => decodeForm('a=1', { limits: { maxBytes: bad as number } })).toThrow(TypeError);
        expect(() => decodeForm('a=1', { limits: { maxMaps: bad as number } })).toThrow(
          'limits.maxMaps must be a non-negative integer or Infinity',
        );
      }
    });

    it('names maxMaps in a plain sentence', () => {
      expect(() => decodeForm('a[b]=1&c[d]=2', { limits: { maxMaps: 1 } })).toThrow(
        new EventParseError('too_many_params', [
          { path: '', message: 'the body has more than 1 maps (limits.maxMaps)' },
        ]),
      );
    });

    it('names the limit in a plain sentence', () => {
      try {
        decodeForm('a=1&b=2', { limits: { maxParams: 1 } });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(EventParseError);
        expect((error as EventParseError).message).toBe(
          '[bitrix24-imbot-events] too_many_params: the body has more than 1 parameters (limits.maxParams)',
        );
      }
    });
  });
});

describe('decodeForm: the linear-time paths of hostile names and appends', () => {
  it('an unclosed first bracket of a long name: ., space and [ become _, as for a short one', () => {
    const tail = 'x.y z[[w'.repeat(500);
    const tree = decodeForm(`a[${encodeURIComponent(tail)}=1`);
    expect(Object.keys(tree)).toEqual([`a_${tail.replace(/[ .[]/g, '_')}`]);
    expect(decodeForm(`a${'['.repeat(100_000)}=1`)).toEqual({
      [`a${'_'.repeat(100_000)}`]: '1',
    });
  });

  it('appends count on past 15 digits exactly, and after negative keys', () => {
    const tree = decodeForm(
      'a[999999999999998]=0&a[]=1&a[]=2&a[]=3&b[-5]=x&b[]=y&c[][][]=z&c[0][]=w',
    );
    expect(Object.keys(tree.a as object)).toEqual([
      '999999999999998',
      '999999999999999',
      '1000000000000000',
      '1000000000000001',
    ]);
    expect(tree.b).toEqual({ '-5': 'x', '-4': 'y' });
    expect(tree.c).toEqual({ 0: { 0: { 0: 'z' }, 1: 'w' } });
  });
});
