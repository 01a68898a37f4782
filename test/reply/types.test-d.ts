import { describe, expectTypeOf, it } from 'vitest';
import {
  type BotEventMap,
  type BotRestCall,
  createBotReply,
  type ImbotCommandAnswerParams,
  type ImbotMessageAddParams,
  type ImbotV2CommandAnswerParams,
  type ImbotV2MessageSendParams,
  type PolledBotEventMap,
} from '../../src/index.js';

declare const v1: BotEventMap['ONIMBOTMESSAGEADD'];
declare const command: BotEventMap['ONIMCOMMANDADD'];
declare const v2: BotEventMap['ONIMBOTV2JOINCHAT'];
declare const v2Command: PolledBotEventMap['ONIMBOTV2COMMANDADD'];
declare const deleted: BotEventMap['ONIMBOTDELETE'];

describe('createBotReply types', () => {
  it('gives each event the call that answers it', () => {
    expectTypeOf(createBotReply(v1, 'x')).toEqualTypeOf<
      BotRestCall<'imbot.message.add', ImbotMessageAddParams>
    >();
    expectTypeOf(createBotReply(command, 'x')).toEqualTypeOf<
      BotRestCall<'imbot.command.answer', ImbotCommandAnswerParams>
    >();
    expectTypeOf(createBotReply(v2, 'x')).toEqualTypeOf<
      BotRestCall<'imbot.v2.Chat.Message.send', ImbotV2MessageSendParams>
    >();
    expectTypeOf(createBotReply(v2Command, 'x')).toEqualTypeOf<
      BotRestCall<'imbot.v2.Command.answer', ImbotV2CommandAnswerParams>
    >();
  });

  it('takes typed buttons and refuses events that cannot be answered', () => {
    createBotReply(v1, { keyboard: [{ text: 'a', command: 'b' }, 'newline'] });
    // @ts-expect-error an action needs actionValue
    createBotReply(v1, { keyboard: [{ text: 'a', action: 'send' }] });
    // @ts-expect-error the bot was deleted
    createBotReply(deleted, 'bye');
  });
});
