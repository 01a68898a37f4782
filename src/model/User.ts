/** A user as an event describes them. @category Model */
export interface User {
  /** The user's id. Wire: `ID` (v2 `id`). */
  readonly id: number;
  /** The user's full name, when sent. Wire: `NAME` (v2 `name`). */
  readonly name?: string;
  /** The user's first name, when sent. Wire: `FIRST_NAME` (v2 `firstName`). */
  readonly firstName?: string;
  /** The user's last name, when sent. Wire: `LAST_NAME` (v2 `lastName`). */
  readonly lastName?: string;
  /** The user's gender, `'M'` or `'F'`; absent when empty or unknown. Wire: `GENDER` (v2 `gender`). */
  readonly gender?: 'M' | 'F';
  /** The user's job title. Wire: `WORK_POSITION` (v2 `workPosition`). */
  readonly workPosition?: string;
  /** Whether the user is a bot. Wire: `IS_BOT` (v2 `bot`). */
  readonly isBot?: boolean;
  /** Whether the user comes through an Open Line connector. Wire: `IS_CONNECTOR` (v2 `connector`). */
  readonly isConnector?: boolean;
  /** Whether the user is a network (Bitrix24.Network) user. Wire: `IS_NETWORK`. */
  readonly isNetwork?: boolean;
  /** Whether the user is an extranet user. Wire: `IS_EXTRANET` (v2 `extranet`). */
  readonly isExtranet?: boolean;
}
