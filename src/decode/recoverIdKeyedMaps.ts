import type { EventIssue } from '../errors/EventParseError.js';
import { createFormObject, type FormObject, type FormValue } from './FormObject.js';

/**
 * A map keyed by id that generic decoders may have turned into a list, and how to get each
 * entry's id back from the entry itself.
 */
export interface IdKeyedMap {
  /** The map's path in the payload (`['data', 'COMMAND']`). */
  readonly path: readonly string[];
  /** The wire key inside an entry that carries its id (`COMMAND_ID`); the entry itself when absent. */
  readonly idKey?: string;
}

/**
 * Restores the keys of id-keyed maps that arrived as lists. qs (`express.urlencoded({ extended:
 * true })`) turns `data[COMMAND][99]` into a one-element array and loses the key `99`; the id is
 * still in the entry (`COMMAND_ID`) or is the value itself (`BOT_IN_CHAT`).
 *
 * @param tree The wire tree; changed in place.
 * @param lists The maps of the tree that arrived as lists.
 * @param maps The id-keyed maps of the event.
 * @returns Issues for entries whose id cannot be recovered.
 * @internal
 */
export function recoverIdKeyedMaps(
  tree: FormObject,
  lists: ReadonlySet<FormObject>,
  maps: readonly IdKeyedMap[],
): EventIssue[] {
  const issues: EventIssue[] = [];
  if (lists.size === 0) return issues;
  for (const { path, idKey } of maps) {
    const parentPath = path.slice(0, -1);
    const name = path[path.length - 1] as string;
    let parent: FormValue | undefined = tree;
    for (const key of parentPath) parent = typeof parent === 'object' ? parent[key] : undefined;
    if (typeof parent !== 'object') continue;
    const list = parent[name];
    if (typeof list !== 'object' || !lists.has(list)) continue;
    const rekeyed = createFormObject();
    for (const index of Object.keys(list)) {
      const entry = list[index] as FormValue;
      const id = idKey === undefined ? entry : typeof entry === 'object' ? entry[idKey] : undefined;
      if (typeof id === 'string') {
        rekeyed[id] = entry;
      } else {
        const at = `${path[0]}${path
          .slice(1)
          .map((key) => `[${key}]`)
          .join('')}[${index}]`;
        issues.push({
          path: idKey === undefined ? at : `${at}[${idKey}]`,
          message: `is required to recover the id: the map arrived as a list (as qs makes it), which lost its keys`,
        });
      }
    }
    parent[name] = rekeyed;
  }
  return issues;
}
