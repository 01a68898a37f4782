import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ChatWithOptionalId,
  type CommandCall,
  type EventIssue,
  type EventParseError,
  type GroupChat,
  type ImCommandAddEvent,
  type ImCommandAddSchema,
  type PrivateChat,
  parseImCommandAdd,
  type RawImCommandAddEvent,
  type RawImCommandAddSchema,
  type SafeParseResult,
  safeParseImCommandAdd,
  type User,
} from '../../src/index.js';

declare const event: ImCommandAddEvent;

describe('ImCommandAddEvent types', () => {
  it('narrows the chat on type', () => {
    if (event.chat.type === 'private') {
      // A keyboard command in a private chat carries no chat id.
      expectTypeOf(event.chat).toEqualTypeOf<Exclude<ChatWithOptionalId, GroupChat>>();
      expectTypeOf(event.chat.id).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.chat.toUserId).toEqualTypeOf<number>();
    } else {
      expectTypeOf(event.chat).toEqualTypeOf<GroupChat>();
      expectTypeOf(event.chat.botIds).toEqualTypeOf<readonly number[]>();
      // @ts-expect-error toUserId does not exist on GroupChat
      event.chat.toUserId;
    }
    expectTypeOf<GroupChat>().not.toHaveProperty('toUserId');
    expectTypeOf<PrivateChat['type']>().toEqualTypeOf<'private'>();
  });

  it('has a first command even under noUncheckedIndexedAccess', () => {
    expectTypeOf(event.commands[0]).toEqualTypeOf<CommandCall>();
    expectTypeOf(event.commands[1]).toEqualTypeOf<CommandCall | undefined>();
    expectTypeOf(event.commands[0].command).toEqualTypeOf<string>();
  });

  it('types user as nullable and optional fields as optional', () => {
    expectTypeOf(event.user).toEqualTypeOf<User | null>();
    expectTypeOf(event.user?.firstName).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.auth.accessToken).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.auth.applicationToken).toEqualTypeOf<string>();
    expectTypeOf(event.sentAt).toEqualTypeOf<Date>();
    expectTypeOf(event.raw).toEqualTypeOf<RawImCommandAddEvent>();
    expectTypeOf(event.event).toEqualTypeOf<'ONIMCOMMANDADD'>();
  });

  it('returns the event from parse and a narrowing result from safeParse', () => {
    expectTypeOf(parseImCommandAdd('')).toEqualTypeOf<ImCommandAddEvent>();
    const result = safeParseImCommandAdd('');
    expectTypeOf(result).toEqualTypeOf<SafeParseResult<ImCommandAddEvent>>();
    if (result.success) {
      expectTypeOf(result.output).toEqualTypeOf<ImCommandAddEvent>();
      expectTypeOf(result.issues).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.output).toEqualTypeOf<undefined>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly [EventIssue, ...EventIssue[]]>();
      expectTypeOf(result.error).toEqualTypeOf<EventParseError>();
    }
  });

  it('accepts every input shape and rejects others', () => {
    parseImCommandAdd(new Uint8Array());
    parseImCommandAdd(new ArrayBuffer(0));
    parseImCommandAdd(new URLSearchParams());
    parseImCommandAdd({ event: 'ONIMCOMMANDADD' });
    // @ts-expect-error a number is not an EventInput
    parseImCommandAdd(42);
  });

  it('infers the schemas', () => {
    expectTypeOf<v.InferOutput<typeof ImCommandAddSchema>>().toEqualTypeOf<ImCommandAddEvent>();
    expectTypeOf<
      v.InferOutput<typeof RawImCommandAddSchema>
    >().toEqualTypeOf<RawImCommandAddEvent>();
    expectTypeOf<RawImCommandAddEvent['event']>().toEqualTypeOf<'ONIMCOMMANDADD'>();
  });

  it('types error codes', () => {
    expectTypeOf<EventParseError['code']>().toEqualTypeOf<
      | 'body_too_large'
      | 'too_many_params'
      | 'too_deep'
      | 'malformed_body'
      | 'unsupported_content_type'
      | 'wrong_event'
      | 'invalid_payload'
      | 'token_mismatch'
      | 'unknown_event'
    >();
  });
});
