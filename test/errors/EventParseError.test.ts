import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EventParseError, parseImCommandAdd, safeParseImCommandAdd } from '../../src/index.js';

// `instanceof EventParseError` looks for a brand every build's errors carry (a registry symbol on
// the prototype), not for this class's prototype; test/package/dualBuild.test.ts checks it across
// the ESM and CommonJS builds. Here: what passes and what does not, on one build.

const issue = { path: '', message: 'a sentence' } as const;
const BRAND = Symbol.for('bitrix24-imbot-events.EventParseError');

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('EventParseError: instanceof', () => {
  it('holds for the errors the parsers throw and return', () => {
    expect(thrown(() => parseImCommandAdd('not a body'))).toBeInstanceOf(EventParseError);
    const result = safeParseImCommandAdd('{');
    expect(result.success).toBe(false);
    expect(result.error instanceof EventParseError).toBe(true);
    expect(new EventParseError('invalid_payload', [issue]) instanceof EventParseError).toBe(true);
  });

  const lookalikes: [string, unknown][] = [
    [
      'a plain object with name, code, message and issues',
      {
        name: 'EventParseError',
        code: 'invalid_payload',
        message: '[bitrix24-imbot-events] invalid_payload: a sentence',
        issues: [issue],
      },
    ],
    ['its JSON form', JSON.parse(JSON.stringify(new EventParseError('too_deep', [issue])))],
    [
      'an Error with the same name and code',
      Object.assign(new Error('x'), {
        name: 'EventParseError',
        code: 'invalid_payload',
        issues: [issue],
      }),
    ],
    ['a copy of an error', { ...new EventParseError('too_deep', [issue]) }],
    ['an object whose brand is not true', { [BRAND]: 'yes' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'EventParseError'],
    ['a number', 42],
    ['a symbol', BRAND],
    ['the class itself', EventParseError],
  ];
  for (const [name, value] of lookalikes) {
    it(`does not hold for ${name}`, () => {
      expect(value instanceof EventParseError).toBe(false);
    });
  }

  it('keeps the ordinary check for a subclass', () => {
    class RejectedCommand extends EventParseError {}
    const sub = new RejectedCommand('wrong_event', [issue]);
    const base = new EventParseError('wrong_event', [issue]);
    expect(sub instanceof RejectedCommand).toBe(true);
    expect(sub instanceof EventParseError).toBe(true);
    expect(sub instanceof Error).toBe(true);
    expect(base instanceof RejectedCommand).toBe(false);
    expect({ name: 'EventParseError', code: 'wrong_event' } instanceof RejectedCommand).toBe(false);
  });

  it('leaves the error as it was: keys, JSON, inspect', () => {
    const error = new EventParseError('too_deep', [issue]);
    expect(Object.keys(error)).toEqual(['name', 'code', 'issues']);
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'EventParseError',
      code: 'too_deep',
      message: '[bitrix24-imbot-events] too_deep: a sentence',
      issues: [issue],
    });
    for (const text of [inspect(error), String(error), `${error.stack}`]) {
      expect(text).not.toMatch(/Symbol|bitrix24-imbot-events\.EventParseError/);
    }
    // showHidden lists the prototype's properties too: the brand is one line there.
    const hidden = inspect(error, { showHidden: true }).split('\n');
    expect(hidden.filter((line) => line.includes('Symbol('))).toEqual([
      '  [Symbol(bitrix24-imbot-events.EventParseError)]: true',
    ]);
    expect(error instanceof Error).toBe(true);
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  });
});
