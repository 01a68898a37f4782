/**
 * A value of a free-form part of an event (a chat's `entityLink` and `permissions`, a message's
 * `keyboard` and `attach`): a text, or a map of such values. Lists arrive as maps keyed by
 * position (`'0'`, `'1'`, ...), as a form body has them; JSON's numbers and booleans as the text a
 * webhook sends (`true` as `'1'`).
 *
 * @category Model
 */
export type FreeformValue = string | FreeformRecord;

/** A free-form map of an event, as a webhook sends it: texts, or maps of texts, keyed as sent. @category Model */
export interface FreeformRecord {
  /** Each key as sent, with its value. */
  readonly [key: string]: FreeformValue;
}
