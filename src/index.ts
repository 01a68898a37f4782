export type { ErrorCode, EventIssue } from './errors/EventParseError.js';
export { EventParseError } from './errors/EventParseError.js';
export type { DecodeFormOptions, FormBody } from './form/decodeForm.js';
export { decodeForm } from './form/decodeForm.js';
export type { EncodeFormOptions } from './form/encodeForm.js';
export { encodeForm } from './form/encodeForm.js';
export type { FormObject, FormValue } from './form/FormObject.js';
export type { Limits } from './form/limits.js';
export { DEFAULT_LIMITS } from './form/limits.js';
