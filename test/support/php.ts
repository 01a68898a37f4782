import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A PHP result tree: every array is an object, every leaf a string. */
export type PhpTree = string | { [key: string]: PhpTree };

const MARK = '~bytes:';
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Reads a file under `fixtures/` as text. */
export function fixtureText(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** Reads and parses a JSON file under `fixtures/`. */
export function fixtureJson<T>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}

/** Turns hex into bytes. */
export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/** A PHP string as JavaScript reads its bytes: non-UTF-8 strings are stored as `~bytes:HEX`. */
function phpString(text: string): string {
  return text.startsWith(MARK) ? lenient.decode(hexBytes(text.slice(MARK.length))) : text;
}

/**
 * A canonical, order-free form of a tree (PHP's or ours): sorted `[key, value]` pairs, so that
 * two trees are map-equal exactly when their canonical forms are deeply equal.
 */
export type Canonical = string | [string, Canonical][];

export function canonicalPhp(tree: PhpTree): Canonical {
  if (typeof tree === 'string') return phpString(tree);
  return Object.keys(tree)
    .map((key): [string, Canonical] => [phpString(key), canonicalPhp(tree[key] as PhpTree)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function canonical(tree: unknown): Canonical {
  if (typeof tree === 'string') return tree;
  const object = tree as Record<string, unknown>;
  return Object.keys(object)
    .map((key): [string, Canonical] => [key, canonical(object[key])])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
