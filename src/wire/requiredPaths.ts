/**
 * Wire paths under a prefix: `under('data[PARAMS]', ['MESSAGE'])` is `['data[PARAMS][MESSAGE]']`.
 * The required paths of an event are written with it from the required keys of its parts.
 *
 * @param prefix The parent's wire path.
 * @param paths Paths relative to the parent (`MESSAGE`, or `AUTH[domain]`).
 * @returns The full paths.
 * @internal
 */
export function under(prefix: string, paths: readonly string[]): string[] {
  return paths.map((path) => {
    const bracket = path.indexOf('[');
    return bracket === -1
      ? `${prefix}[${path}]`
      : `${prefix}[${path.slice(0, bracket)}]${path.slice(bracket)}`;
  });
}
