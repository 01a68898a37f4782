import type * as v from 'valibot';
import type { EventIssue } from '../errors/EventParseError.js';

const ID_KEY = /^\d{1,16}$/;

/**
 * Formats a valibot issue path as a PHP form name: `data[PARAMS][MESSAGE_ID]`.
 *
 * Field names the schema declares are shown as they are, and so are ids (the keys of id-keyed
 * maps). Any other key comes from the payload and could be anything, a token included: it is
 * shown as `*`. A path to a map's key itself stops at the map.
 *
 * @param path The valibot path items.
 * @param fieldNames The field names the schema declares.
 * @returns The wire path; `''` for the root.
 * @internal
 */
export function wirePath(
  path: readonly v.IssuePathItem[] | undefined,
  fieldNames: ReadonlySet<string>,
): string {
  if (path === undefined) return '';
  let out = '';
  for (const item of path) {
    let key = String(item.key);
    if (!fieldNames.has(key)) {
      // A missing field has a declared name; a map key that is itself invalid ends the path.
      if (item.origin === 'key') break;
      if (!ID_KEY.test(key)) key = '*';
    }
    out += out === '' ? key : `[${key}]`;
  }
  return out;
}

/**
 * Turns valibot issues into event issues. Every schema of this library carries its own
 * value-free message, so the message is kept as is.
 *
 * @param issues The valibot issues, at least one.
 * @param fieldNames The field names the schema declares (see {@link wirePath}).
 * @returns The event issues.
 * @internal
 */
export function toEventIssues(
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
  fieldNames: ReadonlySet<string>,
): [EventIssue, ...EventIssue[]] {
  const [first, ...rest] = issues;
  const convert = (issue: v.BaseIssue<unknown>): EventIssue => ({
    path: wirePath(issue.path, fieldNames),
    message: issue.message,
  });
  return [convert(first), ...rest.map(convert)];
}
