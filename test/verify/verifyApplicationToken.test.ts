import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  assertApplicationToken,
  EventParseError,
  parseImCommandAdd,
  verifyApplicationToken,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

const event = parseImCommandAdd(fixtureText('onimcommandadd/en-group.form.txt'));
const TOKEN = '8e3ab48a764a9b02700e759d59e91125';

describe('verifyApplicationToken', () => {
  const cases: [string, unknown, unknown, boolean][] = [
    ['the stored token', event, TOKEN, true],
    ['a list holding it', event, ['old-token', TOKEN], true],
    ['a different token', event, 'ffffffffffffffffffffffffffffffff', false],
    ['a prefix of it', event, TOKEN.slice(0, -1), false],
    ['it with a suffix', event, `${TOKEN}0`, false],
    ['another letter case', event, TOKEN.toUpperCase(), false],
    ['an empty expected token', event, '', false],
    ['an empty list', event, [], false],
    ['a list of empties', event, ['', ''], false],
    ['an event with an empty token', { auth: { applicationToken: '' } }, '', false],
    ['an event without auth', {}, TOKEN, false],
    ['null', null, TOKEN, false],
    ['a non-string token', { auth: { applicationToken: 42 } }, '42', false],
    ['a non-string expected', event, 42, false],
    ['a list with non-strings', event, [null, 42, TOKEN], true],
  ];
  for (const [name, candidate, expected, result] of cases) {
    it(`${result ? 'accepts' : 'rejects'} ${name}, without throwing`, () => {
      expect(verifyApplicationToken(candidate as never, expected as never)).toBe(result);
    });
  }

  it('reads the top-level token, never the bot one', () => {
    const botToken = 'bot-only-token';
    const forged = {
      ...event,
      commands: [
        {
          ...event.commands[0],
          botAuth: { ...event.commands[0].botAuth, applicationToken: botToken },
        },
      ],
    };
    expect(verifyApplicationToken(forged, botToken)).toBe(false);
  });
});

describe('assertApplicationToken', () => {
  it('passes for the stored token', () => {
    expect(() => assertApplicationToken(event, [TOKEN])).not.toThrow();
  });

  it('throws token_mismatch with neither token in the error', () => {
    const wrong = 'wrong-token-value-0123456789';
    let caught: unknown;
    try {
      assertApplicationToken(event, wrong);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EventParseError);
    const error = caught as EventParseError;
    expect(error.code).toBe('token_mismatch');
    expect(error.issues[0].path).toBe('auth[application_token]');
    for (const text of [
      error.message,
      JSON.stringify(error),
      inspect(error, { showHidden: true }),
      error.stack ?? '',
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(wrong);
    }
  });
});
