import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOT_EVENT_TABLE } from '../../src/events/table.js';
import { decodeForm, safeParseBotEvent } from '../../src/index.js';
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

/** A wire path with id keys of the id-keyed maps written as `*`. */
function pattern(path: string): string {
  return path.replace(/^data\[(COMMAND|BOT)\]\[\d+\]/, 'data[$1][*]');
}

/**
 * Removes each field of a payload in turn and lists where the result breaks the policy: an
 * optional field whose removal fails, or a required one whose removal parses or fails elsewhere.
 */
function removalMismatches(tree: Tree): string[] {
  const required = requiredOf(tree);
  const wrong: string[] = [];
  for (const [path, keys] of fields(tree)) {
    const result = safeParseBotEvent(without(tree, keys), { unknownEvents: 'reject' });
    if (!required.has(pattern(path))) {
      if (!result.success) wrong.push(`${path} is optional, but: ${result.error.message}`);
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
    expect(serverPaths).toHaveLength(10);
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
