import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeForm } from '../../src/index.js';

// Floats as http_build_query writes them: `%.14G`, that is zend_dtoa's correctly rounded 14
// significant digits of the double's exact binary value, an exact tie going to the even digit.
// The oracle below works on that exact value in integers; PHP itself checks the corpus
// (fixtures/form/encode-corpus.json, "float ties").

const view = new DataView(new ArrayBuffer(8));

/** The double's exact value as `mantissa * 2^exponent`. */
function exactBinary(value: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0
    ? { mantissa: fraction, exponent: -1074 }
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** `0.DIGITS * 10^point` of a positive double, to 14 significant digits, ties to even. */
function oracle(value: number): string {
  const { mantissa, exponent } = exactBinary(value);
  let digits: string;
  let point: number;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    point = digits.length;
  } else {
    // m * 2^-n = m * 5^n / 10^n
    digits = (mantissa * 5n ** BigInt(-exponent)).toString();
    point = digits.length + exponent;
  }
  if (digits.length > 14) {
    let head = BigInt(digits.slice(0, 14));
    const next = digits[14] as string;
    const beyond = /[1-9]/.test(digits.slice(15));
    if (next > '5' || (next === '5' && (beyond || head % 2n === 1n))) head += 1n;
    digits = head.toString();
    if (digits.length > 14) point += 1; // 99…9 rounded up to 10^14
  }
  return `${digits.replace(/0+$/, '')}e${point}`;
}

/** The same form of the text encodeForm wrote (`-1.2345678901234E+16`, `0.0001`, `677695476613.12`). */
function written(text: string): string {
  const [mantissa = '', power = '0'] = text.replace(/^-/, '').split('E');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const significant = all.replace(/^0+/, '');
  const point = whole.length + Number(power) - (all.length - significant.length);
  return `${significant.replace(/0+$/, '')}e${point}`;
}

function check(value: number): void {
  const body = encodeForm({ k: value });
  const text = decodeURIComponent(body.slice(2));
  expect(text.startsWith('-'), String(value)).toBe(value < 0);
  expect(written(text), String(value)).toBe(oracle(Math.abs(value)));
}

/** Exact ties: `x / 2^j` with x odd and x * 5^j of 15 digits, so the 15th digit is a final 5. */
const fractionTie = fc.integer({ min: 1, max: 21 }).chain((j) => {
  const scale = 5n ** BigInt(j);
  const min = (10n ** 14n + scale - 1n) / scale;
  const max = (10n ** 15n - 1n) / scale;
  return fc
    .bigInt({ min, max: max < 2n ** 53n ? max : 2n ** 53n - 1n })
    .map((x) => (x % 2n === 0n ? x - 1n : x))
    .filter((x) => x >= min)
    .map((x) => Number(x) / 2 ** j);
});
/** Exact ties past the safe integers (written as floats): 15 digits ending in 5, times 10 or 100. */
const integerTie = fc
  .tuple(fc.bigInt({ min: 10n ** 13n, max: 10n ** 14n - 1n }), fc.constantFrom(10n, 100n))
  .map(([head, scale]) => (head * 10n + 5n) * scale)
  .filter((n) => BigInt(Number(n)) === n)
  .map(Number)
  .filter((value) => !Number.isSafeInteger(value));

describe('encodeForm writes floats as PHP does (%.14G, ties to even)', () => {
  const cases: { name: string; input: number; expected: string }[] = [
    {
      name: 'a tie below an even digit stays',
      input: 39999780617654.5,
      expected: '39999780617654',
    },
    {
      name: 'a tie below an odd digit rounds up',
      input: 39999780617655.5,
      expected: '39999780617656',
    },
    { name: 'a fraction tie stays even', input: 677695476613.125, expected: '677695476613.12' },
    {
      name: 'a fraction tie rounds up to even',
      input: 677695476613.375,
      expected: '677695476613.38',
    },
    { name: 'a negative tie', input: -39999780617654.5, expected: '-39999780617654' },
    { name: 'a tie in exponent form', input: 2 ** -21, expected: '4.7683715820312E-7' },
    { name: 'a tie above 2^53', input: 12345678901234500, expected: '1.2345678901234E%2B16' },
    { name: 'a tie that carries', input: 99999999999999.5, expected: '1.0E%2B14' },
    {
      name: 'a double just above a tie is no tie',
      input: 39999780617654.51,
      expected: '39999780617655',
    },
    { name: 'a subnormal', input: 5e-324, expected: '4.9406564584125E-324' },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      expect(encodeForm({ k: input })).toBe(`k=${expected}`);
      check(input);
    });
  }

  it('on exact ties, their neighbours, and any double', () => {
    const neighbours = (tie: fc.Arbitrary<number>) =>
      fc.tuple(tie, fc.constantFrom(-1, 1)).map(([value, step]) => {
        view.setFloat64(0, value);
        view.setBigUint64(0, view.getBigUint64(0) + BigInt(step));
        return view.getFloat64(0);
      });
    const notInteger = (value: number) => !Number.isSafeInteger(value);
    fc.assert(fc.property(fractionTie, check), { numRuns: 3000 });
    fc.assert(fc.property(integerTie, check), { numRuns: 1000 });
    fc.assert(fc.property(neighbours(fractionTie), check), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter(notInteger), check),
      { numRuns: 5000 },
    );
  });
});
