import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOT_EVENT_TABLE } from '../../src/events/table.js';
import { decodeForm, parseBotEvent, safeParseBotEvent } from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// The server-path fixtures (fixtures/paths/, by fixtures/generate-paths.php): every API 1.0 path
// that ../shared/reference/server-payloads.md describes; and the real captured payloads
// (fixtures/real/, provenance in its PROVENANCE.md). Their golden outputs are checked, with every
// other fixture's, by test/fixtures/fixtures.test.ts; here the field-removal law holds over them.

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
function fixtureNames(folder: string): string[] {
  return readdirSync(`${root}${folder}`)
    .filter((file) => file.endsWith('.form.txt'))
    .map((file) => `${folder}/${file.slice(0, -'.form.txt'.length)}`);
}
const serverPaths = fixtureNames('paths');
const realCaptures = fixtureNames('real');
const names = [...serverPaths, ...realCaptures];

/** Each event's required wire paths, as its table entry declares them (`*` for any id key). */
const REQUIRED = new Map<string, readonly string[]>(
  BOT_EVENT_TABLE.map((entry) => [entry.event, entry.required]),
);

/**
 * The required wire paths of one fixture: the event's own (from the event table), and those a
 * condition adds: an id-keyed map's only entry; a private chat's `TO_USER_ID`; a group chat's
 * only chat id (`CHAT_ID` or `TO_CHAT_ID`, one is enough); an API 2.0 chat's only type field
 * (`type` or `messageType`), and the user of a private ONIMBOTV2JOINCHAT.
 */
function requiredOf(tree: Tree): Set<string> {
  const event = tree.event as string;
  const required = new Set(REQUIRED.get(event) ?? []);
  const data = tree.data as Tree;
  for (const map of ['COMMAND', 'BOT']) {
    // An id-keyed map needs at least one entry: its only entry is required, one of several is not.
    const entries = data[map];
    const ids = typeof entries === 'object' ? Object.keys(entries) : [];
    if (ids.length === 1) required.add(`data[${map}][*]`);
  }
  const commands = data.COMMAND;
  if (typeof commands === 'object') {
    // A command entry without AUTH carries the bot's auth flat: then its identity is required.
    for (const entry of Object.values(commands)) {
      if (typeof entry === 'object' && entry.AUTH === undefined) {
        for (const key of ['domain', 'member_id', 'application_token']) {
          required.add(`data[COMMAND][*][${key}]`);
        }
      }
    }
  }
  const params = data.PARAMS as Tree | undefined;
  if (params !== undefined) {
    const isPrivate = (params.CHAT_TYPE ?? params.MESSAGE_TYPE) === 'P';
    if (isPrivate) required.add('data[PARAMS][TO_USER_ID]');
    // Every send path of an added or updated message carries its chat id, private chats too.
    const needsChatId =
      !isPrivate || event === 'ONIMBOTMESSAGEADD' || event === 'ONIMBOTMESSAGEUPDATE';
    const pairs: [string, string][] = [['CHAT_TYPE', 'MESSAGE_TYPE']];
    if (needsChatId) pairs.push(['CHAT_ID', 'TO_CHAT_ID']);
    if (event.startsWith('ONIMBOTMESSAGE')) pairs.push(['MESSAGE_ID', 'ID']);
    for (const [one, other] of pairs) {
      // One of the two is enough; when only one came, it is required.
      if ((params[one] === undefined) !== (params[other] === undefined)) {
        required.add(`data[PARAMS][${params[one] === undefined ? other : one}]`);
      }
    }
  }
  const chat = data.chat as Tree | undefined;
  if (chat !== undefined) {
    if ((chat.type === undefined) !== (chat.messageType === undefined)) {
      required.add(`data[chat][${chat.type === undefined ? 'messageType' : 'type'}]`);
    }
    const isPrivate = chat.type !== undefined ? chat.type === 'private' : chat.messageType === 'P';
    if (event === 'ONIMBOTV2JOINCHAT' && isPrivate) required.add('data[user]');
  }
  return required;
}

/** Fields of which one is enough: a missing pair may be reported under either name. */
const EITHER = [
  ['data[PARAMS][CHAT_ID]', 'data[PARAMS][TO_CHAT_ID]'],
  ['data[PARAMS][MESSAGE_ID]', 'data[PARAMS][ID]'],
  ['data[PARAMS][CHAT_TYPE]', 'data[PARAMS][MESSAGE_TYPE]'],
  ['data[chat][type]', 'data[chat][messageType]'],
];

/**
 * Where a missing required field may be reported: the field; for an id-keyed map's only entry,
 * the map; for one of a pair, either of its two names.
 */
function reportedAt(path: string, tree: Tree, keys: string[]): string[] {
  if (/^data\[(COMMAND|BOT)\]\[\d+\]$/.test(path)) return [path.replace(/\[\d+\]$/, '')];
  const at = EITHER.find((pair) => pair.includes(path)) ?? [path];
  // A parent left empty is gone from a form body (PHP drops empty arrays): then it is missing.
  let parent: Tree = tree;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Tree;
  if (Object.keys(parent).length === 1 && keys.length > 1) {
    return [...at, path.slice(0, path.lastIndexOf('['))];
  }
  return at;
}

type Tree = { [key: string]: Tree | string };

/** Every field of a decoded tree with its wire path, outermost first. */
function fields(tree: Tree, prefix = ''): [string, string[]][] {
  return Object.keys(tree).flatMap((key) => {
    const path = prefix === '' ? key : `${prefix}[${key}]`;
    const value = tree[key];
    const here: [string, string[]] = [path, [key]];
    if (typeof value !== 'object') return [here];
    return [
      here,
      ...fields(value, path).map(([p, keys]) => [p, [key, ...keys]] as [string, string[]]),
    ];
  });
}

function without(tree: Tree, keys: string[]): Tree {
  const copy = structuredClone(tree);
  let node: Tree = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Tree;
  delete node[keys[keys.length - 1] as string];
  return copy;
}

/**
 * A wire path with id keys of the id-keyed maps, and the positions in an API 2.0 message's list
 * of files, written as `*` (each file's `id` is required once the file is sent).
 */
function pattern(path: string): string {
  return path
    .replace(/^data\[(COMMAND|BOT)\]\[\d+\]/, 'data[$1][*]')
    .replace(/^data\[message\]\[params\]\[files\]\[\d+\]/, 'data[message][params][files][*]');
}

/**
 * A normalized event as leaves, path -> value: Dates as ISO text, each item of a list of scalars
 * as a leaf of its own (`path[]value`), items of a list of objects by their `id` where they have one;
 * `null` (a documented "none", e.g. `user` without `data[USER]`) counts as absent.
 */
function leaves(
  value: unknown,
  prefix = '',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (value instanceof Date) out.set(prefix, value.toISOString());
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item === null || typeof item !== 'object') out.set(`${prefix}[]${String(item)}`, item);
      else leaves(item, `${prefix}[${String((item as { id?: unknown }).id ?? index)}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (prefix === '' && key === 'raw') continue;
      leaves(item, prefix === '' ? key : `${prefix}.${key}`, out);
    }
  } else if (value !== undefined && value !== null) out.set(prefix, value);
  return out;
}

/** Every wire leaf value beneath a tree node (the node itself when it is a leaf). */
function wireValues(node: Tree | string): string[] {
  return typeof node === 'string' ? [node] : Object.values(node).flatMap(wireValues);
}

/** Whether a normalized value can have come from one wire value. */
function fedBy(wire: string, value: unknown): boolean {
  if (typeof value === 'boolean') return ['Y', 'N', '1', '0', ''].includes(wire);
  if (typeof value === 'number') return Number(wire) === value;
  if (typeof value !== 'string') return false;
  if (value === wire || wire.split(/[ ,]/).includes(value)) return true;
  // A unix time as a date; a letter or code as its named form.
  const time = /^\d+$/.test(wire) ? Number(wire) * 1000 : Date.parse(wire);
  if (Date.parse(value) === time) return true;
  return /^[A-Z]$/.test(wire) || /^[a-z]+$/i.test(value);
}

/**
 * The documented values a normalized field takes when its wire field is absent (docs/events.md,
 * docs/normalization.md and the field's TSDoc): there, removing the field changes the value to this
 * one instead of removing it.
 */
const ABSENT_DEFAULTS: readonly [RegExp, unknown][] = [
  [/^commands\[[^\]]+\]\.params$/, ''], // COMMAND_PARAMS, data[command][params]
  [/^chat\.name$/, ''], // CHAT_TITLE, data[chat][name]
  [/^message\.isSystem$/, false], // ONIMCOMMANDADD's SYSTEM, API 2.0 data[message][isSystem]
  [/^chat\.messageType$/, ''], // API 2.0: the letter of the type, '' for a type without one
  [/^message\.text$/, ''], // the message events' MESSAGE, API 2.0 data[message][text]
];

/** Deep equality by value, whatever the objects' prototypes (decoded trees have none). */
function sameValue(one: unknown, other: unknown): boolean {
  try {
    expect(one).toEqual(other);
    return true;
  } catch {
    return false;
  }
}

/** The wire tree as the parser keeps it in `raw`: objects left empty are gone, as PHP drops them. */
function pruned(tree: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== 'object') out[key] = value;
    else if (Object.keys(pruned(value)).length > 0) out[key] = pruned(value);
  }
  return out;
}

/**
 * What removing one optional field did to the event beyond dropping what it fed: `raw` must be the
 * payload without exactly that field; no leaf may appear, and none may change except to its
 * documented absent default; each lost leaf must hold a value the removed wire values can have fed.
 * Removing a whole bot entry may change `bot`, the first of `bots`, to the next one.
 */
function lossMismatches(full: object, reduced: object, tree: Tree, keys: string[]): string[] {
  const wrong: string[] = [];
  const raw = (reduced as { raw?: unknown }).raw;
  if (!sameValue(raw, pruned(without(tree, keys)))) {
    wrong.push('raw is not the payload without the field');
  }
  let removed: Tree | string = tree;
  for (const key of keys) removed = (removed as Tree)[key] as Tree | string;
  const fed = wireValues(removed);
  const isFed = (value: unknown) => fed.some((wire) => fedBy(wire, value));
  const before = leaves(full);
  const after = leaves(reduced);
  const botEntry = keys.length === 3 && keys[0] === 'data' && keys[1] === 'BOT';
  if (botEntry) {
    const { bot, bots } = reduced as { bot?: unknown; bots?: unknown[] };
    if (!sameValue(bot, bots?.[0])) wrong.push('bot is not the first of bots');
  }
  const skip = (path: string) => botEntry && path.startsWith('bot.');
  for (const [path, value] of after) {
    if (skip(path)) continue;
    if (!before.has(path)) wrong.push(`${path} appeared`);
    else if (before.get(path) !== value) {
      const fallback = ABSENT_DEFAULTS.find(([at]) => at.test(path));
      if (fallback === undefined || fallback[1] !== value || !isFed(before.get(path))) {
        wrong.push(`${path} changed`);
      }
    }
  }
  for (const [path, value] of before) {
    if (!skip(path) && !after.has(path) && !isFed(value)) {
      wrong.push(`${path} (${String(value)}) was lost, but the field could not have fed it`);
    }
  }
  return wrong;
}

/**
 * Removes each field of a payload in turn and lists where the result breaks the policy: an
 * optional field whose removal fails, or a required one whose removal parses or fails elsewhere.
 */
function removalMismatches(tree: Tree): string[] {
  const required = requiredOf(tree);
  const wrong: string[] = [];
  const full = parseBotEvent(tree, { unknownEvents: 'reject' });
  for (const [path, keys] of fields(tree)) {
    const result = safeParseBotEvent(without(tree, keys), { unknownEvents: 'reject' });
    if (!required.has(pattern(path))) {
      if (!result.success) wrong.push(`${path} is optional, but: ${result.error.message}`);
      else {
        for (const problem of lossMismatches(full, result.output, tree, keys)) {
          wrong.push(`without ${path}: ${problem}`);
        }
      }
    } else if (result.success) {
      wrong.push(`${path} is required, but the event parsed without it`);
    } else if (
      result.error.code !== 'invalid_payload' ||
      !result.error.issues.some((issue) => reportedAt(path, tree, keys).includes(issue.path))
    ) {
      wrong.push(`${path} is required, but: ${result.error.code} ${result.error.message}`);
    }
  }
  return wrong;
}

describe('server-path fixtures and real captures', () => {
  it('covers every path of the server reference, and every real capture kept', () => {
    expect(serverPaths).toHaveLength(11);
    expect(realCaptures).toHaveLength(5);
  });

  for (const name of names) {
    const json = fixtureText(`${name}.json`);
    const tree = JSON.parse(json) as Tree;

    it(`${name}: removing an optional field parses; removing a required one fails at its path`, () => {
      expect(removalMismatches(tree)).toEqual([]);
    });
  }
});

// The same removal law over the earlier PHP-made fixtures of both API versions, the ONIMCOMMANDADD
// variants and the documented examples.
describe('removing fields of the API 1.0, API 2.0, variant and documented fixtures', () => {
  const jsonFiles = (folder: string) =>
    readdirSync(`${root}${folder}`)
      .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
      .map((file) => `${folder}/${file}`);
  const earlier = [
    ...jsonFiles('v1'),
    ...jsonFiles('v2'),
    ...jsonFiles('app'),
    ...jsonFiles('onimcommandadd/variants'),
    ...['en-private', 'en-group', 'ru-private', 'ru-group'].map((n) => `onimcommandadd/${n}.json`),
  ];
  for (const file of earlier) {
    it(file, () => {
      // The form body as PHP decodes it: every leaf a string, nulls and empty arrays gone.
      const form = fixtureText(file.replace(/\.json$/, '.form.txt'));
      const tree = structuredClone({ ...decodeForm(form) }) as Tree;
      expect(removalMismatches(tree)).toEqual([]);
    });
  }
});
