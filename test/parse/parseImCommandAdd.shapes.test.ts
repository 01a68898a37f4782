import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ImCommandAddSchema,
  parseImCommandAdd,
  RawImCommandAddSchema,
  safeParseImCommandAdd,
} from '../../src/index.js';
import { canonical, fixtureJson, fixtureText } from '../support/php.js';
import { DOCUMENTED, documentedShapes, withoutRaw } from '../support/shapes.js';

describe('parseImCommandAdd: every input shape of the documented examples', () => {
  for (const name of DOCUMENTED) {
    describe(name, () => {
      const expected = fixtureJson<unknown>(`onimcommandadd/${name}.expected.json`);
      const rawOfForm = canonical(
        parseImCommandAdd(fixtureText(`onimcommandadd/${name}.form.txt`)).raw,
      );

      for (const [shape, input] of documentedShapes(name)) {
        it(`parses the ${shape}`, () => {
          const event = parseImCommandAdd(input);
          expect(withoutRaw(event)).toEqual(expected);
          // The raw payload is the same form-equivalent tree whatever the shape.
          expect(canonical(event.raw)).toEqual(rawOfForm);
          const result = safeParseImCommandAdd(input);
          expect(result.success).toBe(true);
          expect(withoutRaw(result.output as object)).toEqual(expected);
        });
      }

      it('parses through ImCommandAddSchema (Standard Schema) the same way', async () => {
        const payload = JSON.parse(fixtureText(`onimcommandadd/${name}.json`));
        expect(withoutRaw(v.parse(ImCommandAddSchema, payload))).toEqual(expected);
        const standard = await ImCommandAddSchema['~standard'].validate(payload);
        expect(standard.issues).toBeUndefined();
        expect(RawImCommandAddSchema['~standard'].vendor).toBe('valibot');
      });
    });
  }

  it('keeps the qs small-id trap from losing the command id', () => {
    const body = fixtureText('onimcommandadd/en-group.form.txt');
    const [, qsObject] =
      documentedShapes('en-group').find(([shape]) => shape.startsWith('qs')) ?? [];
    // The trap is real: qs made data[COMMAND] a one-element array.
    expect(Array.isArray((qsObject as { data: { COMMAND: unknown } }).data.COMMAND)).toBe(true);
    expect(parseImCommandAdd(qsObject as Record<string, unknown>).commands[0].id).toBe(99);
    expect(parseImCommandAdd(body).commands[0].id).toBe(99);
  });
});

interface SeedCommand {
  [key: string]: unknown;
  AUTH: Record<string, string>;
}
interface Seed {
  event: string;
  event_handler_id: string;
  ts: string;
  auth: Record<string, string>;
  data: {
    COMMAND: Record<string, SeedCommand>;
    PARAMS: Record<string, string | Record<string, string>>;
    USER: Record<string, string>;
  };
}

describe('parseImCommandAdd: every field equals what the seeds say', () => {
  for (const name of DOCUMENTED) {
    it(name, () => {
      const seed = fixtureJson<Seed>(`onimcommandadd/${name}.json`);
      const event = parseImCommandAdd(fixtureText(`onimcommandadd/${name}.form.txt`));
      const params = seed.data.PARAMS;
      const [key, command] = Object.entries(seed.data.COMMAND)[0] ?? [];
      if (key === undefined || command === undefined) throw new Error('seed without a command');
      expect(event.event).toBe(seed.event);
      expect(event.handlerId).toBe(Number(seed.event_handler_id));
      expect(event.sentAt.getTime()).toBe(Number(seed.ts) * 1000);
      expect(event.language).toBe(params.LANGUAGE);
      expect(event.auth).toEqual({
        accessToken: seed.auth.access_token,
        refreshToken: seed.auth.refresh_token,
        expiresAt: new Date(Number(seed.auth.expires) * 1000),
        expiresIn: Number(seed.auth.expires_in),
        scope: [seed.auth.scope],
        domain: seed.auth.domain,
        serverEndpoint: seed.auth.server_endpoint,
        clientEndpoint: seed.auth.client_endpoint,
        status: 'free',
        memberId: seed.auth.member_id,
        userId: Number(seed.auth.user_id),
        applicationToken: seed.auth.application_token,
      });
      expect(event.commands).toHaveLength(1);
      expect(event.commands[0]).toEqual({
        id: Number(key),
        botId: Number(command.BOT_ID),
        botCode: command.BOT_CODE,
        command: command.COMMAND,
        params: command.COMMAND_PARAMS,
        context: 'textarea',
        messageId: Number(command.MESSAGE_ID),
        botAuth: {
          accessToken: command.AUTH.access_token,
          refreshToken: command.AUTH.refresh_token,
          expiresAt: new Date(Number(command.AUTH.expires) * 1000),
          expiresIn: Number(command.AUTH.expires_in),
          scope: [command.AUTH.scope],
          domain: command.AUTH.domain,
          serverEndpoint: command.AUTH.server_endpoint,
          clientEndpoint: command.AUTH.client_endpoint,
          status: 'free',
          memberId: command.AUTH.member_id,
          userId: Number(command.AUTH.user_id),
          clientId: command.AUTH.client_id,
          applicationToken: command.AUTH.application_token,
        },
      });
      expect(event.message).toMatchObject({
        id: Number(params.MESSAGE_ID),
        text: params.MESSAGE,
        templateId: params.TEMPLATE_ID,
        authorId: Number(params.AUTHOR_ID),
        fromUserId: Number(params.FROM_USER_ID),
        chatId: Number(params.TO_CHAT_ID),
        isSystem: params.SYSTEM === 'Y',
        fakeRelation: Number(params.FAKE_RELATION),
      });
      expect(event.message.flags.skipUserCheck).toBe(params.SKIP_USER_CHECK === 'Y');
      expect(event.message.flags.push).toBe(params.PUSH === 'Y');
      expect(event.message.flags.recentAdd).toBe(params.RECENT_ADD === 'Y');
      expect(Object.values(event.message.flags).filter(Boolean)).toHaveLength(3);
      expect(event.user).toEqual({
        id: Number(seed.data.USER.ID),
        name: seed.data.USER.NAME,
        firstName: seed.data.USER.FIRST_NAME,
        lastName: seed.data.USER.LAST_NAME,
        gender: seed.data.USER.GENDER,
      });
      expect(event.chat.dialogId).toBe(params.DIALOG_ID);
      expect(event.chat.messageType).toBe(params.MESSAGE_TYPE);
      if (params.CHAT_TYPE === 'P') {
        expect(event.chat).toEqual({
          type: 'private',
          messageType: 'P',
          dialogId: params.DIALOG_ID,
          id: Number(params.TO_CHAT_ID),
          toUserId: Number(params.TO_USER_ID),
        });
      } else {
        expect(event.chat).toEqual({
          type: 'chat',
          messageType: 'C',
          dialogId: params.DIALOG_ID,
          id: Number(params.CHAT_ID),
          name: params.CHAT_TITLE,
          owner: Number(params.CHAT_AUTHOR_ID),
          parentChatId: null,
          parentMessageId: null,
          avatarId: Number(params.CHAT_AVATAR),
          color: params.CHAT_COLOR,
          entityType: params.CHAT_ENTITY_TYPE,
          entityId: params.CHAT_ENTITY_ID,
          entityData1: '',
          entityData2: '',
          entityData3: '',
          extranet: false,
          prevMessageId: null,
          canPost: params.CHAT_CAN_POST,
          relationId: Number(params.RID),
          isManager: false,
          botIds: Object.values(params.BOT_IN_CHAT as Record<string, string>).map(Number),
        });
      }
    });
  }
});
