import { describe, expect, it } from 'vitest';
import { createInstallFlow } from '../../examples/install-flow.js';
import { encodeForm, type WirePayload } from '../../src/index.js';
import { fixtureJson } from '../support/php.js';

// The install-flow recipe (examples/install-flow.ts) with an in-memory map: a portal's token is
// stored at ONAPPINSTALL, every later event is verified against it, ONAPPUNINSTALL forgets it.

const MEMBER = '5e1f0c4a9b7d2e3f6a8c0b1d4e7f9a2c';
const TOKEN = 'f3b9d0c2a7e54c1b8d6e9f0a3b2c1d4e';

/** An event of the lakeside portal (the app fixtures' portal), with its token. */
type Payload = { auth: Record<string, string> } & Record<string, unknown>;

function body(name: string, change: (payload: Payload) => void = () => {}): string {
  const payload = fixtureJson<Payload>(name);
  change(payload);
  return encodeForm(payload as WirePayload);
}

/** The documented v1 message, moved to the lakeside portal. */
const message = body('v1/ONIMBOTMESSAGEADD-group.json', (payload) => {
  payload.auth.member_id = MEMBER;
  payload.auth.application_token = TOKEN;
});
const install = body('app/ONAPPINSTALL-documented.json');
const uninstall = body('app/ONAPPUNINSTALL-clean.json');

function post(text: string): Request {
  return new Request('http://127.0.0.1/app', {
    method: 'POST',
    body: text,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('examples/install-flow.ts', () => {
  it('stores the token at install, verifies later events, forgets the portal at uninstall', async () => {
    const store = new Map<string, string>();
    const texts: string[] = [];
    const app = createInstallFlow(store, {
      ONIMBOTMESSAGEADD: (event) => {
        texts.push(event.message.text);
      },
    });
    // Before the install, the portal is unknown: its messages are refused.
    expect((await app(post(message))).status).toBe(401);
    expect((await app(post(install))).status).toBe(200);
    expect(store.get(MEMBER)).toBe(TOKEN);
    expect((await app(post(message))).status).toBe(200);
    expect(texts).toHaveLength(1);
    // A forged message for the known portal is refused.
    expect((await app(post(message.replaceAll(TOKEN, 'a'.repeat(32))))).status).toBe(401);
    // A forged install for the known portal cannot replace its token.
    const forgedInstall = install.replaceAll(TOKEN, 'b'.repeat(32));
    expect((await app(post(forgedInstall))).status).toBe(401);
    expect(store.get(MEMBER)).toBe(TOKEN);
    // A forged uninstall cannot make the app forget the portal; the real one does.
    expect((await app(post(uninstall.replaceAll(TOKEN, 'c'.repeat(32))))).status).toBe(401);
    expect(store.has(MEMBER)).toBe(true);
    expect((await app(post(uninstall))).status).toBe(200);
    expect(store.has(MEMBER)).toBe(false);
    expect((await app(post(message))).status).toBe(401);
    expect(texts).toHaveLength(1);
  });

  it('stores nothing for an install its confirmation refuses', async () => {
    const store = new Map<string, string>();
    const app = createInstallFlow(store, {}, { confirmInstall: async () => false });
    expect((await app(post(install))).status).toBe(403);
    expect(store.size).toBe(0);
  });
});
