import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KNOWN_BOT_EVENTS, parseBotEvent } from '../../src/index.js';
import { fixtureText } from '../support/php.js';
import { withoutRaw } from '../support/shapes.js';

const dirs = ['v1', 'v2', 'app', 'onimcommandadd'];
const fixtures = dirs.flatMap((dir) =>
  readdirSync(fileURLToPath(new URL(`../../fixtures/${dir}`, import.meta.url)))
    .filter((file) => file.endsWith('.form.txt'))
    .map((file) => `${dir}/${file.slice(0, -'.form.txt'.length)}`),
);

describe('parseBotEvent on every event fixture', () => {
  it('covers every known event', () => {
    const seen = new Set(
      fixtures.map((name) => parseBotEvent(fixtureText(`${name}.form.txt`)).event),
    );
    expect([...seen].sort()).toEqual([...KNOWN_BOT_EVENTS].sort());
    expect(KNOWN_BOT_EVENTS).toHaveLength(25);
  });

  for (const name of fixtures) {
    it(`${name}: form body, JSON text and JSON object give the same event`, () => {
      const form = parseBotEvent(fixtureText(`${name}.form.txt`), { unknownEvents: 'reject' });
      const json = parseBotEvent(fixtureText(`${name}.json`), { unknownEvents: 'reject' });
      const object = parseBotEvent(JSON.parse(fixtureText(`${name}.json`)), {
        unknownEvents: 'reject',
      });
      expect(withoutRaw(json)).toEqual(withoutRaw(form));
      expect(withoutRaw(object)).toEqual(withoutRaw(form));
      // A token, when the body carries one, is never empty.
      if (form.auth?.applicationToken !== undefined) {
        expect(form.auth.applicationToken.length).toBeGreaterThan(0);
      }
    });
  }
});
