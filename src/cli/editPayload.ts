// What `trigger` does to a test payload before it posts it: --token, --unset and --set. The tree
// is what `createBotEventPayload` made (plain objects, every leaf a string), owned by the caller
// and changed in place.

/** A payload as `parse_str` decodes a form body: maps of strings and maps. */
export interface PayloadTree {
  [key: string]: string | PayloadTree;
}

/** Keys no path may name: they would reach the prototype instead of the payload. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** `name[key][key]...`: the bracket form, as the form body writes a key. */
const BRACKETS = /^([^[\]]+)((?:\[[^[\]]*\])+)$/;

/**
 * Reads a path into a payload, in the dotted form (`data.PARAMS.MESSAGE`) or the bracket form of
 * the form body's keys (`data[PARAMS][MESSAGE]`; dots inside brackets belong to the key).
 *
 * @param text The path.
 * @returns The keys, outermost first; or a sentence saying why the text is not a path.
 */
export function parsePayloadPath(text: string): string[] | string {
  let keys: string[];
  if (text.includes('[') || text.includes(']')) {
    const match = BRACKETS.exec(text);
    if (match === null) {
      return 'is not a path (brackets must close, and follow a name: data[PARAMS][MESSAGE])';
    }
    const [, head = '', tail = ''] = match;
    keys = [head, ...tail.slice(1, -1).split('][')];
    if (keys.includes('')) return 'has an empty key ([] appends in PHP; name the key instead)';
  } else {
    keys = text.split('.');
    if (keys.includes('')) return 'has an empty key (write data.PARAMS.MESSAGE)';
  }
  const forbidden = keys.find((key) => FORBIDDEN.has(key));
  if (forbidden !== undefined) return `names ${forbidden}, which no Bitrix24 payload has`;
  return keys;
}

/**
 * Sets the value at a path, making the maps on the way (a string on the way becomes a map, and a
 * map at the end becomes the string), as an override of `createBotEventPayload` does.
 *
 * @param tree The payload, changed in place.
 * @param keys The path (see {@link parsePayloadPath}).
 * @param value The value: a string, as every value on the wire.
 */
export function setPayloadValue(tree: PayloadTree, keys: readonly string[], value: string): void {
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next === 'object') {
      node = next;
    } else {
      const map: PayloadTree = {};
      node[key] = map;
      node = map;
    }
  }
  const last = keys.at(-1);
  if (last !== undefined) node[last] = value;
}

/**
 * Removes the key at a path, and the maps it leaves empty (`http_build_query` sends no empty map).
 *
 * @param tree The payload, changed in place.
 * @param keys The path (see {@link parsePayloadPath}).
 * @returns Whether the payload had that key.
 */
export function unsetPayloadValue(tree: PayloadTree, keys: readonly string[]): boolean {
  const nodes: PayloadTree[] = [tree];
  for (const key of keys.slice(0, -1)) {
    const node = nodes.at(-1) as PayloadTree;
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next !== 'object') return false;
    nodes.push(next);
  }
  const last = keys.at(-1);
  const parent = nodes.at(-1) as PayloadTree;
  if (last === undefined || !Object.hasOwn(parent, last)) return false;
  delete parent[last];
  for (let depth = nodes.length - 1; depth > 0; depth--) {
    const node = nodes[depth] as PayloadTree;
    if (Object.keys(node).length > 0) break;
    delete (nodes[depth - 1] as PayloadTree)[keys[depth - 1] as string];
  }
  return true;
}

/**
 * Puts an application token everywhere the payload carries one: the event's `auth` and every copy
 * in it (the bot entries of API 1.0, `data[BOT][id]` flat and under `AUTH`; the command entries,
 * `data[COMMAND][id]`; API 2.0's `data[bot][auth]`): every value keyed `application_token`, at
 * any depth. An `auth` without a token gets one.
 *
 * @param tree The payload, changed in place.
 * @param token The token.
 * @returns Whether the payload has an `auth` map to carry the token (the user events have none).
 */
export function setApplicationToken(tree: PayloadTree, token: string): boolean {
  const auth = Object.hasOwn(tree, 'auth') ? tree.auth : undefined;
  if (typeof auth !== 'object') return false;
  auth.application_token = token;
  replaceTokens(tree, token);
  return true;
}

/**
 * Replaces the value of every `application_token` key in a tree.
 *
 * @param node The tree, changed in place.
 * @param token The token.
 */
function replaceTokens(node: PayloadTree, token: string): void {
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (key === 'application_token') node[key] = token;
    else if (typeof value === 'object') replaceTokens(value, token);
  }
}
