import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EventInput, EventParseError, type SafeParseResult } from '../../src/index.js';
import { fixtureBodyOf, SAFE_PARSERS } from '../support/events.js';

// Every safeParse* export, each event's and safeParseBotEvent, found by name (test/support/events).
// ONIMCOMMANDADD's keeps the full run counts; the others a quarter each.
for (const [name, safeParse] of SAFE_PARSERS) {
  const runs = (count: number) => (name === 'safeParseImCommandAdd' ? count : count / 4);

  function neverThrows(input: unknown): void {
    let result: SafeParseResult<object> | undefined;
    expect(() => {
      result = safeParse(input as EventInput);
    }).not.toThrow();
    if (result !== undefined && !result.success) {
      expect(result.error).toBeInstanceOf(EventParseError);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  }

  describe(`${name} never throws`, () => {
    const cyclic: Record<string, unknown> = { event: 'ONIMCOMMANDADD' };
    cyclic.data = cyclic;
    const cyclicArray: unknown[] = [];
    cyclicArray.push(cyclicArray);
    const hostileGetter = {
      event: 'ONIMCOMMANDADD',
      get data(): never {
        throw new Error('secret-in-getter');
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('proxy trap');
        },
      },
    );
    const inputs: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['NaN', Number.NaN],
      ['a bigint', 10n],
      ['a boolean', true],
      ['a symbol', Symbol('x')],
      ['a function', () => 1],
      ['an array', [1, 2, 3]],
      ['an empty object', {}],
      ['a cyclic object', cyclic],
      ['a cyclic array inside', { event: 'ONIMCOMMANDADD', data: cyclicArray }],
      ['an object whose getter throws', hostileGetter],
      ['a proxy whose traps throw', proxy],
      ['a Date', new Date()],
      ['a Map', new Map([['event', 'ONIMCOMMANDADD']])],
      ['a deeply nested object', JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)],
      ['a deeply nested JSON text', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
      ['megabytes of garbage', 'x&%[='.repeat(400_000)],
      ['megabytes of bytes', new Uint8Array(3_000_000).fill(0xff)],
      ['JSON null', 'null'],
      ['JSON array text', '[{"event":"ONIMCOMMANDADD"}]'],
      ['a lone brace', '{'],
      ['a lone surrogate', '\ud800'],
      [
        'values of every kind',
        { event: 'ONIMCOMMANDADD', data: { a: [null, undefined, () => 1, Symbol('s'), 1n] } },
      ],
    ];
    for (const [name, input] of inputs) {
      it(`for ${name}`, () => neverThrows(input));
    }

    it('does not repeat a thrown error text', () => {
      // The batch parser reads an answer's result, the event parsers an event's data.
      const hostile =
        name === 'safeParseBotEventBatch'
          ? {
              get result(): never {
                throw new Error('secret-in-getter');
              },
            }
          : hostileGetter;
      const result = safeParse(hostile as unknown as EventInput);
      expect(result.success).toBe(false);
      expect(result.error?.message).not.toContain('secret-in-getter');
      expect(result.error?.message).toBe(
        '[bitrix24-imbot-events] malformed_body: the input could not be read (Error)',
      );
    });

    it('for arbitrary values and JSON-like objects', () => {
      fc.assert(
        fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), neverThrows),
        { numRuns: runs(2000) },
      );
      fc.assert(fc.property(fc.json(), neverThrows), { numRuns: runs(1000) });
    });

    it('for mutated real bodies', () => {
      // The event's own body (for safeParseBotEvent, ONIMCOMMANDADD's).
      const body = fixtureBodyOf(name);
      const mutation = fc.tuple(fc.nat(body.length), fc.nat(40), fc.string({ maxLength: 8 }));
      fc.assert(
        fc.property(fc.array(mutation, { maxLength: 4 }), (edits) => {
          let mutated = body;
          for (const [at, cut, insert] of edits)
            mutated = mutated.slice(0, at) + insert + mutated.slice(at + cut);
          neverThrows(mutated);
        }),
        { numRuns: runs(1000) },
      );
    });
  });
}
