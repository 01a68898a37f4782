import { describe, expect, it } from 'vitest';
import { decodeForm, EventParseError } from '../../src/index.js';
import { canonical, canonicalPhp, fixtureJson, hexBytes, type PhpTree } from '../support/php.js';

interface CorpusEntry {
  name: string;
  body?: string;
  bodyHex?: string;
  php: PhpTree;
  /** The limits to decode with (PHP's own stay at their defaults: max_input_nesting_level 64). */
  limits?: { maxDepth?: number };
  /** The error we raise where PHP silently drops data. */
  ours?: string;
}

// The main corpus, and the benchmark's Cyrillic bodies (fixtures/generate-bench.php).
const corpus = [
  ...fixtureJson<CorpusEntry[]>('form/decode-corpus.json'),
  ...fixtureJson<CorpusEntry[]>('form/decode-corpus-bench.json'),
];
const encoder = new TextEncoder();

function bodies(entry: CorpusEntry): [string, string | Uint8Array | ArrayBuffer][] {
  if (entry.bodyHex !== undefined) return [['bytes', hexBytes(entry.bodyHex)]];
  const body = entry.body ?? '';
  const bytes = encoder.encode(body);
  return [
    ['string', body],
    ['bytes', bytes],
    ['ArrayBuffer', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)],
  ];
}

describe('decodeForm equals PHP parse_str on the differential corpus', () => {
  it('covers realistic and hostile bodies', () => {
    expect(corpus.filter((entry) => entry.name.startsWith('realistic')).length).toBeGreaterThan(20);
    expect(corpus.filter((entry) => entry.name.startsWith('hostile')).length).toBeGreaterThan(25);
    expect(corpus.filter((entry) => entry.name.startsWith('bench')).length).toBe(4);
  });

  for (const entry of corpus) {
    for (const [kind, body] of bodies(entry)) {
      it(`${entry.name} (${kind})`, () => {
        if (entry.ours !== undefined) {
          let caught: unknown;
          try {
            decodeForm(body, { limits: entry.limits });
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(EventParseError);
          expect((caught as EventParseError).code).toBe(entry.ours);
          return;
        }
        expect(canonical(decodeForm(body, { limits: entry.limits }))).toEqual(
          canonicalPhp(entry.php),
        );
      });
    }
  }

  it('gives the same map from URLSearchParams for every valid UTF-8 body', () => {
    for (const entry of corpus) {
      if (entry.body === undefined || entry.ours !== undefined) continue;
      const params = new URLSearchParams(entry.body);
      expect(canonical(decodeForm(params, { limits: entry.limits })), entry.name).toEqual(
        canonicalPhp(entry.php),
      );
    }
  });
});
