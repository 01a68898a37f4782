import * as v from 'valibot';
import { describeKind } from '../errors/EventParseError.js';
import { describeNumberKind, isSafeDigits, type WireId, type WireText } from './wire.js';

/**
 * A wire date of API 2.0: an ISO 8601 date and time with its offset
 * (`2026-06-09T14:05:12+02:00`), or none. API 2.0 sends `null` for none: the polling method as
 * JSON `null`, a webhook as `''` (Bitrix24's documentation) or not at all (`http_build_query`
 * drops `null`). Normalized to a `Date`, or left out.
 *
 * @category Wire types
 */
export type WireDate = string | null;

/**
 * A wire id of API 2.0 that may be `null` (`''` on a webhook): digits, a JSON integer, `''` or `null`.
 *
 * @category Wire types
 */
export type WireNullableId = WireId | '' | null;

/** A wire text of API 2.0 that may be `null` (`''` on a webhook). @category Wire types */
export type WireNullableText = WireText | null;

/** An ISO 8601 date and time with seconds and an offset, as PHP's `DATE_ATOM` writes it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether a value is an ISO 8601 date and time (with its offset) that names a real moment.
 *
 * @param value Any value.
 * @returns True for `'2026-06-09T14:05:12+02:00'`, `'2026-06-09T12:05:12Z'`; false otherwise.
 * @internal
 */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** A wire date of API 2.0 (see {@link WireDate}); normalized to a `Date`, `''` and `null` to none. */
export const RawIsoDateSchema = v.custom<WireDate>(
  (value) => value === null || value === '' || isIsoDateTime(value),
  (issue) =>
    `expected a date (ISO 8601 with an offset, as 2026-06-09T14:05:12+02:00; '' or null for none), found ${describeKind(issue.input)}`,
);

/** A wire id of API 2.0 that may be `null` (see {@link WireNullableId}). */
export const RawNullableIdV2Schema = v.custom<WireNullableId>(
  (value) =>
    value === null ||
    (typeof value === 'string' && (value === '' || isSafeDigits(value))) ||
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0),
  (issue) =>
    `expected an id (decimal digits; '' or null for none), found ${describeNumberKind(issue.input)}`,
);

/** A wire text of API 2.0 that may be `null` (see {@link WireNullableText}). */
export const RawNullableTextV2Schema = v.custom<WireNullableText>(
  (value) =>
    value === null ||
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)),
  (issue) => `expected a string (or null), found ${describeKind(issue.input)}`,
);
