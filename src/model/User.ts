/**
 * The kind of account an API 2.0 user has: `'employee'`, `'extranet'` (an outside user), `'email'`
 * (a guest who writes by e-mail), `'collaber'` (a collab guest), `'bot'`; `'unknown'` for a kind
 * this library does not know (an issue under `strict`).
 *
 * @category Model
 */
export type UserType = 'employee' | 'extranet' | 'email' | 'collaber' | 'bot' | 'unknown';

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
  /** Whether the account is active (not dismissed). API 2.0 only. Wire: `data[user][active]`. */
  readonly active?: boolean;
  /** The user's placeholder color, HEX (`'#df532d'`). API 2.0 only. Wire: `data[user][color]`. */
  readonly color?: string;
  /**
   * The user's avatar address; absent when the user has none (`''`). API 2.0 only. Wire:
   * `data[user][avatar]`.
   */
  readonly avatarUrl?: string;
  /**
   * The user's birthday, as sent (the format is not documented); `''` when unknown. API 2.0 only.
   * Wire: `data[user][birthday]`.
   */
  readonly birthday?: string;
  /**
   * Where the account comes from, as sent: `'default'` (a portal user), `'bot'`, `'email'`,
   * `'replica'`, and others. API 2.0 only. Wire: `data[user][externalAuthId]`.
   */
  readonly externalAuthId?: string;
  /**
   * The user's presence status, as sent (`'online'`, `'dnd'`, ...; the list is open). API 2.0
   * only. Wire: `data[user][status]`.
   */
  readonly status?: string;
  /**
   * Since when the user is idle, or `false` when not (the documentation says events always send
   * `false`). API 2.0 only. Wire: `data[user][idle]` (ISO 8601, or `false`, `'0'` on a webhook).
   */
  readonly idle?: Date | false;
  /**
   * The user's last activity, or `false`. API 2.0 only. Wire: `data[user][lastActivityDate]`
   * (ISO 8601, or `false`, `'0'` on a webhook).
   */
  readonly lastActivityDate?: Date | false;
  /**
   * The user's last login from the mobile app, or `false`. API 2.0 only. Wire:
   * `data[user][mobileLastDate]` (ISO 8601, or `false`, `'0'` on a webhook).
   */
  readonly mobileLastDate?: Date | false;
  /**
   * The user's last login from the desktop app, or `false`. API 2.0 only. Wire:
   * `data[user][desktopLastDate]` (ISO 8601, or `false`, `'0'` on a webhook).
   */
  readonly desktopLastDate?: Date | false;
  /**
   * Since when the user is absent (on leave), or `false` when not. API 2.0 only. Wire:
   * `data[user][absent]` (ISO 8601, or `false`, `'0'` on a webhook).
   */
  readonly absent?: Date | false;
  /**
   * The ids of the user's departments; absent when none (an empty list is not sent). API 2.0
   * only. Wire: `data[user][departments]` (a list).
   */
  readonly departments?: readonly number[];
  /**
   * The user's phone numbers by kind (`workPhone`, `personalPhone`, `personalMobile`, ...; the
   * list is open), or `false` when the user has none. API 2.0 only. Wire: `data[user][phones]`
   * (a map of texts, or `false`, `'0'` on a webhook).
   */
  readonly phones?: Readonly<Record<string, string>> | false;
  /** The kind of account (see {@link UserType}). API 2.0 only. Wire: `data[user][type]`. */
  readonly type?: UserType;
  /** The user's personal site, as sent (often `''`). API 2.0 only. Wire: `data[user][website]`. */
  readonly website?: string;
  /** The user's e-mail address, as sent. API 2.0 only. Wire: `data[user][email]`. */
  readonly email?: string;
}
