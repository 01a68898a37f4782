/**
 * What happened to a reaction: `add`, `delete`, or `unknown` for any other action.
 *
 * @category Model
 */
export type ImBotV2ReactionAction = 'add' | 'delete' | 'unknown';
