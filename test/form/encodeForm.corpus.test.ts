import { describe, expect, it } from 'vitest';
import { decodeForm, encodeForm } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../support/php.js';

interface EncodeEntry {
  name: string;
  input: object;
  rfc1738: string;
  rfc3986: string;
}

const corpus = fixtureJson<EncodeEntry[]>('form/encode-corpus.json');

describe('encodeForm is byte-identical to PHP http_build_query', () => {
  for (const entry of corpus) {
    it(`${entry.name} (RFC 1738, the default)`, () => {
      expect(encodeForm(entry.input)).toBe(entry.rfc1738);
      expect(encodeForm(entry.input, { encoding: 'RFC1738' })).toBe(entry.rfc1738);
    });
    it(`${entry.name} (RFC 3986)`, () => {
      expect(encodeForm(entry.input, { encoding: 'RFC3986' })).toBe(entry.rfc3986);
    });
  }

  for (const name of ['en-private', 'en-group', 'ru-private', 'ru-group']) {
    it(`reproduces the documented ${name} body`, () => {
      const payload = fixtureJson<object>(`onimcommandadd/${name}.json`);
      expect(encodeForm(payload)).toBe(fixtureText(`onimcommandadd/${name}.form.txt`));
      expect(encodeForm(payload, { encoding: 'RFC3986' })).toBe(
        fixtureText(`onimcommandadd/${name}.rfc3986.txt`),
      );
      expect(decodeForm(fixtureText(`onimcommandadd/${name}.form.txt`))).toEqual(payload);
    });
  }
});
