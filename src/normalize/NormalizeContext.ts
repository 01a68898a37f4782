import type { EventIssue } from '../errors/EventParseError.js';

/**
 * What a normalizer needs besides the raw value: whether unknown codes are issues, and where to
 * put them.
 */
export interface NormalizeContext {
  /** When true, an unknown enum code is an issue instead of `'unknown'`. */
  readonly strict: boolean;
  /** The issues found so far; normalizers only append. */
  readonly issues: EventIssue[];
}

/**
 * Maps a wire code to its name, or to `'unknown'` (an issue too under `strict`).
 *
 * @param names The known codes and their names.
 * @param code The code as sent.
 * @param context The normalize context.
 * @param path The code's wire path, for the issue.
 * @param what What the code is, for the issue's sentence (`'a chat type letter'`).
 * @returns The code's name, or `'unknown'`.
 * @internal
 */
export function nameCode<N extends string>(
  names: Readonly<Record<string, N>>,
  code: string,
  context: NormalizeContext,
  path: string,
  what: string,
): N | 'unknown' {
  const name = Object.hasOwn(names, code) ? names[code] : undefined;
  if (name !== undefined) return name;
  if (context.strict) {
    context.issues.push({
      path,
      message: `expected ${what} (${Object.keys(names).join(', ')}), found an unknown code`,
    });
  }
  return 'unknown';
}
