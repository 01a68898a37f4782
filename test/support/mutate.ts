/** A JSON-like tree. */
export type Tree = Record<string, unknown>;

/** One change to a tree: replace or delete the value at a picked path, or add a key under it. */
export interface TreeChange {
  /** Which path (modulo the number of paths). */
  readonly pick: number;
  readonly kind: 'replace' | 'delete' | 'add' | string;
  readonly value: unknown;
  /** The key added by an `add`. */
  readonly key: string;
}

/**
 * Every path to a value in a tree. A value that holds itself (fast-check's objects may be cyclic)
 * is a path, but is not walked into again.
 */
export function treePaths(
  tree: unknown,
  prefix: string[] = [],
  ancestors: ReadonlySet<object> = new Set(),
): string[][] {
  if (typeof tree !== 'object' || tree === null || ancestors.has(tree)) return [prefix];
  const inside = new Set(ancestors).add(tree);
  return [
    prefix,
    ...Object.keys(tree).flatMap((key) => treePaths((tree as Tree)[key], [...prefix, key], inside)),
  ];
}

/** A copy of a tree with the changes applied (an added key is defined, so `__proto__` stays a key). */
export function mutateTree(tree: Tree, changes: readonly TreeChange[]): Tree {
  const copy = structuredClone(tree);
  for (const { pick, kind, value, key } of changes) {
    const all = treePaths(copy).filter((path) => path.length > 0);
    // Earlier changes may have emptied a small tree (a polled user event is `{ event, data }`).
    if (all.length === 0) break;
    const path = all[pick % all.length] as string[];
    let parent: unknown = copy;
    for (const part of path.slice(0, -1)) parent = (parent as Tree)[part];
    if (typeof parent !== 'object' || parent === null) continue;
    const last = path[path.length - 1] as string;
    if (kind === 'delete') delete (parent as Tree)[last];
    else if (kind === 'replace') (parent as Tree)[last] = value;
    else {
      const target = (parent as Tree)[last];
      if (typeof target === 'object' && target !== null) {
        Object.defineProperty(target, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
    }
  }
  return copy;
}
