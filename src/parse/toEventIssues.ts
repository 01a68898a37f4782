import type * as v from 'valibot';
import type { EventIssue } from '../errors/EventParseError.js';

/**
 * Formats a valibot issue path as a PHP form name: `data[PARAMS][MESSAGE_ID]`.
 *
 * @param path The valibot path items.
 * @returns The wire path; `''` for the root.
 * @internal
 */
export function wirePath(path: readonly v.IssuePathItem[] | undefined): string {
  if (path === undefined) return '';
  let out = '';
  for (const item of path) {
    const key = String(item.key);
    out += out === '' ? key : `[${key}]`;
  }
  return out;
}

/**
 * Turns valibot issues into event issues. Every schema of this library carries its own
 * value-free message, so the message is kept as is.
 *
 * @param issues The valibot issues, at least one.
 * @returns The event issues.
 * @internal
 */
export function toEventIssues(
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
): [EventIssue, ...EventIssue[]] {
  const [first, ...rest] = issues;
  const convert = (issue: v.BaseIssue<unknown>): EventIssue => ({
    path: wirePath(issue.path),
    message: issue.message,
  });
  return [convert(first), ...rest.map(convert)];
}
