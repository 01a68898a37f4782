// Parameter names as PHP reads them (`php_register_variable_ex`): the top-level name, then bracket
// groups; and the fast path for names as `http_build_query` writes them.

import { unitsToText } from './percentDecode.js';

/**
 * A parsed name: the top-level name, then each bracket group's key (`null` for `[]`). `depth`,
 * set only when the name ends in an unclosed `[`, is the nesting level PHP counts for it: the
 * groups plus that `[`. @internal
 */
export type NamePath = readonly [string, ...(string | null)[]] & { readonly depth?: number };

const PERCENT = 0x25;
const SPACE = 0x20;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const UNDERSCORE = '_';

/**
 * Parses a name as `http_build_query` writes them, on the encoded text: a word, then groups of
 * `%5B` (or `[`) + key + `%5D` (or `]`), where the keys hold word characters and `.`. Such a name
 * means the same decoded or not.
 *
 * @param raw The encoded name.
 * @returns The path, or `undefined` for any other name (it takes PHP's general rules).
 * @internal
 */
export function encodedName(raw: string): NamePath | undefined {
  const end = raw.length;
  let i = 0;
  while (i < end && isWordChar(raw.charCodeAt(i))) i++;
  if (i === 0) return undefined;
  const path: [string, ...(string | null)[]] = [raw.slice(0, i)];
  while (i < end) {
    const open = bracketAt(raw, i, end, OPEN);
    if (open === 0) return undefined;
    const keyStart = i + open;
    let j = keyStart;
    while (j < end && (isWordChar(raw.charCodeAt(j)) || raw.charCodeAt(j) === 0x2e)) j++;
    const close = bracketAt(raw, j, end, CLOSE);
    if (close === 0) return undefined;
    path.push(j === keyStart ? null : raw.slice(keyStart, j));
    i = j + close;
  }
  return path;
}

/** A-Z, a-z, 0-9, `_` and `-`: the characters `http_build_query` leaves alone, but `.`. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d
  );
}

/** The length of the bracket (`[` or `%5B`; `]` or `%5D`) at `i`, or 0 when there is none. */
function bracketAt(body: string, i: number, end: number, bracket: number): number {
  if (i >= end) return 0;
  const c = body.charCodeAt(i);
  if (c === bracket) return 1;
  if (c !== PERCENT || i + 2 >= end || body.charCodeAt(i + 1) !== 0x35) return 0;
  // %5B is `[`, %5D is `]`, in either letter case.
  return (body.charCodeAt(i + 2) | 0x20) === (bracket === OPEN ? 0x62 : 0x64) ? 3 : 0;
}

/**
 * Tells whether a character is one of C's `isspace` set (tab, line feed, vertical tab, form
 * feed, carriage return, space): one of them alone in brackets appends, as `[]` does (PHP 8.2
 * observed; `a[%0B]` and `a[%0C]` too, not only the four the PHP source comment names).
 */
function isCSpace(c: number): boolean {
  return c === SPACE || (c >= 0x09 && c <= 0x0d);
}

/**
 * Parses a decoded name with PHP's rules (`php_register_variable_ex`).
 *
 * @returns The path, or `undefined` when PHP drops the variable (an empty name).
 * @internal
 */
export function parseName(rawName: string): NamePath | undefined {
  const nul = rawName.indexOf('\0');
  const name = nul === -1 ? rawName : rawName.slice(0, nul);
  let from = 0;
  while (name.charCodeAt(from) === SPACE) from++;
  const open = name.indexOf('[', from);
  const top = phpTopName(open === -1 ? name.slice(from) : name.slice(from, open));
  if (top === '') return undefined; // PHP drops a variable whose name is empty
  const path: [string, ...(string | null)[]] & { depth?: number } = [top];
  if (open === -1) return path;
  let at = open;
  for (;;) {
    const indexStart = at + 1;
    let cursor = indexStart;
    if (isCSpace(name.charCodeAt(cursor))) cursor++;
    let close: number;
    if (name.charCodeAt(cursor) === CLOSE) {
      close = cursor;
      path.push(null);
    } else {
      close = name.indexOf(']', cursor);
      if (close === -1) {
        if (path.length === 1) {
          // An unclosed first `[` is no index: it and `.`, space and `[` after it become `_`.
          path[0] = `${top}${UNDERSCORE}${underscored(name, indexStart)}`;
        }
        // An unclosed later group is ignored; either counts as a level against PHP's
        // max_input_nesting_level all the same (`a[b][c` is 2 deep).
        path.depth = path.length;
        return path;
      }
      path.push(name.slice(indexStart, close));
    }
    if (name.charCodeAt(close + 1) !== OPEN) return path;
    at = close + 1;
  }
}

/**
 * `name.slice(from)` with `.`, space and `[` made `_`, in time linear in the length however
 * many of them there are (a regular expression's replace costs far more a match than a char:
 * 1 MB of `[` took 100 ms).
 */
function underscored(name: string, from: number): string {
  const units = new Uint16Array(name.length - from);
  for (let i = from; i < name.length; i++) {
    const c = name.charCodeAt(i);
    units[i - from] = c === SPACE || c === 0x2e || c === OPEN ? 0x5f : c;
  }
  return unitsToText(units, units.length);
}

/** The top-level name with PHP's replacements: `.` and space become `_`. */
function phpTopName(name: string): string {
  return name.indexOf('.') === -1 && name.indexOf(' ') === -1
    ? name
    : name.replace(/[ .]/g, UNDERSCORE);
}
