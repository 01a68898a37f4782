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

/**
 * A wire value of API 2.0 that is a date or `false` (a user's `idle`, `absent`, ...): an ISO 8601
 * date and time, `false` (`'0'` on a webhook), or none (`''` or `null`). Normalized to a `Date`
 * or `false`, or left out.
 *
 * @category Wire types
 */
export type WireDateOrFalse = string | false | null;

/** A wire date or `false` of API 2.0 (see {@link WireDateOrFalse}). */
export const RawDateOrFalseV2Schema = /* @__PURE__ */ v.custom<WireDateOrFalse>(
  (value) =>
    value === false || value === '0' || value === '' || value === null || isIsoDateTime(value),
  (issue) =>
    `expected a date (ISO 8601 with an offset) or false ('0'), found ${describeKind(issue.input)}`,
);

/**
 * A user's phones as sent: `false` (`'0'` on a webhook) when none, else a map of texts keyed by
 * kind (`workPhone`, `personalMobile`, ...); `''` or `null` for none too.
 *
 * @category Wire types
 */
export type WirePhones = false | '0' | '' | null | Readonly<Record<string, WireText>>;

const isText = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** A user's phones as sent (see {@link WirePhones}). */
export const RawPhonesV2Schema = /* @__PURE__ */ v.custom<WirePhones>(
  (value) =>
    value === false ||
    value === '0' ||
    value === '' ||
    value === null ||
    (typeof value === 'object' && Object.values(value).every(isText)),
  (issue) =>
    `expected the phones (a map of texts) or false ('0'), found ${describeKind(issue.input)}`,
);

/**
 * A free-form map of an API 2.0 payload as sent (a chat's `entityLink`, a message's `keyboard`),
 * or `null` for none: any keys; its values texts and maps of them (JSON may also have numbers,
 * booleans, `null` and lists). Typed loosely, as its content is not documented.
 *
 * @category Wire types
 */
export type WireFreeformMap = Readonly<Record<string, unknown>> | readonly unknown[] | null;

/** How deep a free-form part may nest; a form body allows no more (the `maxDepth` limit). */
const FREEFORM_DEPTH = 32;

function isFreeform(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'boolean' || isText(value)) return true;
  if (typeof value !== 'object' || depth > FREEFORM_DEPTH) return false;
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) if (!isFreeform(map[key], depth + 1)) return false;
  return true;
}

/** A free-form map of an API 2.0 payload (see {@link WireFreeformMap}): any keys; texts and maps. */
export const RawFreeformMapV2Schema = /* @__PURE__ */ v.custom<WireFreeformMap>(
  (value) => typeof value === 'object' && isFreeform(value, 0),
  (issue) => `expected a map (of texts and maps), found ${describeKind(issue.input)}`,
);
