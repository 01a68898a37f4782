/**
 * The delivery flags of a message (`data[PARAMS]`), each present only when sent.
 *
 * @category Model
 */
export interface MessageFlags {
  /** Skip the user check. Wire: `SKIP_USER_CHECK`. */
  readonly skipUserCheck?: boolean;
  /** Send a push notification. Wire: `PUSH`. */
  readonly push?: boolean;
  /** The push notification is important. Wire: `PUSH_IMPORTANT`. */
  readonly pushImportant?: boolean;
  /** Add the message to the Recent list. Wire: `RECENT_ADD`. */
  readonly recentAdd?: boolean;
  /** Do not update the Recent list for the author. Wire: `RECENT_SKIP_AUTHOR`. */
  readonly recentSkipAuthor?: boolean;
  /** Convert the message's formatting. Wire: `CONVERT`. */
  readonly convert?: boolean;
  /** Skip command processing for the message. Wire: `SKIP_COMMAND`. */
  readonly skipCommand?: boolean;
  /** Do not increment unread counters. Wire: `SKIP_COUNTER_INCREMENTS`. */
  readonly skipCounterIncrements?: boolean;
  /** Send to external connectors without notification. Wire: `SILENT_CONNECTOR`. */
  readonly silentConnector?: boolean;
  /** Do not send to external connectors. Wire: `SKIP_CONNECTOR`. */
  readonly skipConnector?: boolean;
  /** The message is important for the connector. Wire: `IMPORTANT_CONNECTOR`. */
  readonly importantConnector?: boolean;
  /** Do not open an Open Line session. Wire: `NO_SESSION_OL`. */
  readonly noSessionOl?: boolean;
  /** Do not index links in the message. Wire: `SKIP_URL_INDEX`. */
  readonly skipUrlIndex?: boolean;
}
