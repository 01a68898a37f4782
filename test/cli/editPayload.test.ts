import { describe, expect, it } from 'vitest';
import {
  type PayloadTree,
  parsePayloadPath,
  setApplicationToken,
  setPayloadValue,
  unsetPayloadValue,
} from '../../src/cli/editPayload.js';
import { createBotEventPayload } from '../../src/testing/createBotEventPayload.js';

describe('parsePayloadPath', () => {
  const paths: { name: string; input: string; expected: string[] }[] = [
    { name: 'one key', input: 'ts', expected: ['ts'] },
    { name: 'dotted', input: 'data.PARAMS.MESSAGE', expected: ['data', 'PARAMS', 'MESSAGE'] },
    { name: 'brackets', input: 'data[PARAMS][MESSAGE]', expected: ['data', 'PARAMS', 'MESSAGE'] },
    { name: 'a numeric key', input: 'data.BOT.512.AUTH', expected: ['data', 'BOT', '512', 'AUTH'] },
    { name: 'a dot inside brackets', input: 'data[a.b]', expected: ['data', 'a.b'] },
    { name: 'spaces kept', input: 'data[a b]', expected: ['data', 'a b'] },
  ];
  for (const { name, input, expected } of paths) {
    it(`reads ${name}`, () => {
      expect(parsePayloadPath(input)).toEqual(expected);
    });
  }

  const refused: { name: string; input: string; expected: RegExp }[] = [
    { name: 'an empty dotted key', input: 'data..MESSAGE', expected: /empty key/ },
    { name: 'a trailing dot', input: 'data.', expected: /empty key/ },
    { name: 'a leading dot', input: '.data', expected: /empty key/ },
    { name: 'an empty bracket', input: 'data[]', expected: /empty key.*appends/ },
    { name: 'an unclosed bracket', input: 'data[PARAMS', expected: /brackets must close/ },
    { name: 'a stray ]', input: 'data]', expected: /brackets must close/ },
    { name: 'no name before [', input: '[data]', expected: /brackets must close/ },
    { name: 'brackets then a dot', input: 'data[PARAMS].MESSAGE', expected: /brackets/ },
    { name: 'nested brackets', input: 'data[a[b]]', expected: /brackets/ },
    { name: '__proto__', input: '__proto__.polluted', expected: /names __proto__/ },
    { name: 'constructor in brackets', input: 'data[constructor]', expected: /constructor/ },
    { name: 'prototype', input: 'data.prototype', expected: /prototype/ },
  ];
  for (const { name, input, expected } of refused) {
    it(`refuses ${name}`, () => {
      expect(parsePayloadPath(input)).toMatch(expected);
    });
  }
});

describe('setPayloadValue and unsetPayloadValue', () => {
  const tree = (): PayloadTree => ({ a: { b: 'x', c: { d: 'y' } }, e: 'z' });

  it('sets a leaf, adds keys and maps, turns a string on the way into a map', () => {
    const edited = tree();
    setPayloadValue(edited, ['a', 'b'], 'new');
    setPayloadValue(edited, ['a', 'n', 'm'], '');
    setPayloadValue(edited, ['e', 'f'], '1');
    setPayloadValue(edited, ['a', 'c'], 'flat');
    expect(edited).toEqual({ a: { b: 'new', c: 'flat', n: { m: '' } }, e: { f: '1' } });
  });

  it('removes a key and the maps it leaves empty, and says when there is no such key', () => {
    const edited = tree();
    expect(unsetPayloadValue(edited, ['a', 'c', 'd'])).toBe(true);
    expect(edited).toEqual({ a: { b: 'x' }, e: 'z' });
    expect(unsetPayloadValue(edited, ['a', 'b'])).toBe(true);
    expect(edited).toEqual({ e: 'z' });
    for (const keys of [['a'], ['e', 'f'], ['x', 'y'], ['toString'], ['e', 'length']]) {
      expect(unsetPayloadValue(edited, keys), keys.join('.')).toBe(false);
    }
    expect(edited).toEqual({ e: 'z' });
  });
});

describe('setApplicationToken', () => {
  /** Every value keyed application_token, by path. */
  function tokens(node: unknown, path = ''): [string, unknown][] {
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'application_token' ? [[`${path}.${key}`, value]] : tokens(value, `${path}.${key}`),
    );
  }

  const cases: { code: Parameters<typeof createBotEventPayload>[0]; copies: string[] }[] = [
    {
      code: 'ONIMCOMMANDADD',
      copies: [
        '.data.COMMAND.99.application_token',
        '.data.COMMAND.99.AUTH.application_token',
        '.auth.application_token',
      ],
    },
    {
      code: 'ONIMBOTMESSAGEADD',
      copies: [
        '.data.BOT.512.application_token',
        '.data.BOT.512.AUTH.application_token',
        '.auth.application_token',
      ],
    },
    {
      code: 'ONIMBOTV2MESSAGEADD',
      copies: ['.data.bot.auth.application_token', '.auth.application_token'],
    },
    { code: 'ONAPPINSTALL', copies: ['.auth.application_token'] },
  ];
  for (const { code, copies } of cases) {
    it(`puts the token in every copy of ${code}`, () => {
      const payload = createBotEventPayload(code) as unknown as PayloadTree;
      expect(
        tokens(payload)
          .map(([path]) => path)
          .sort(),
      ).toEqual([...copies].sort());
      expect(setApplicationToken(payload, 'my-token')).toBe(true);
      expect(tokens(payload).sort()).toEqual([...copies].sort().map((path) => [path, 'my-token']));
    });
  }

  it('adds the token to an auth without one, and refuses a payload without auth', () => {
    const payment = createBotEventPayload('ONAPPPAYMENT', {
      auth: { application_token: undefined },
    }) as unknown as PayloadTree;
    expect(setApplicationToken(payment, 't')).toBe(true);
    expect((payment.auth as PayloadTree).application_token).toBe('t');
    const user = createBotEventPayload('ONIMV2MESSAGEADD') as unknown as PayloadTree;
    expect(setApplicationToken(user, 't')).toBe(false);
    expect(user).toEqual(createBotEventPayload('ONIMV2MESSAGEADD'));
  });
});
