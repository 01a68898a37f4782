/** A user as an event describes them. */
export interface User {
  /** The user's id. Wire: `ID`. */
  readonly id: number;
  /** The user's full name. Wire: `NAME`. */
  readonly name: string;
  /** The user's first name. Wire: `FIRST_NAME`. */
  readonly firstName: string;
  /** The user's last name. Wire: `LAST_NAME`. */
  readonly lastName: string;
  /** The user's gender, `'M'` or `'F'`; absent when empty or unknown. Wire: `GENDER`. */
  readonly gender?: 'M' | 'F';
}
