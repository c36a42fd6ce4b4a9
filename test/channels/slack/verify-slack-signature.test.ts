import { describe, expect, it } from 'vitest';
import { verifySlackSignature } from '../../../src/channels/slack';

// The worked example of Slack's "Verifying requests from Slack" documentation.
const SLACK_DOC_EXAMPLE = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  rawBody:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
  now: new Date(1531420618 * 1000 + 30_000),
};

describe('verifySlackSignature', () => {
  it('accepts the example signature of Slack’s documentation', async () => {
    expect(await verifySlackSignature(SLACK_DOC_EXAMPLE)).toBe(true);
  });

  it('rejects a body changed after signing', async () => {
    const rawBody = SLACK_DOC_EXAMPLE.rawBody.replace('text=', 'text=hack');
    expect(await verifySlackSignature({ ...SLACK_DOC_EXAMPLE, rawBody })).toBe(false);
  });

  it('rejects a signature made with another secret', async () => {
    expect(await verifySlackSignature({ ...SLACK_DOC_EXAMPLE, signingSecret: 'another-secret' })).toBe(false);
  });

  it('rejects a timestamp changed after signing', async () => {
    expect(await verifySlackSignature({ ...SLACK_DOC_EXAMPLE, timestamp: '1531420619' })).toBe(false);
  });

  it('rejects requests older or newer than five minutes (replay window)', async () => {
    const signedAt = 1531420618 * 1000;
    for (const now of [new Date(signedAt + 301_000), new Date(signedAt - 301_000)]) {
      expect(await verifySlackSignature({ ...SLACK_DOC_EXAMPLE, now })).toBe(false);
    }
    expect(await verifySlackSignature({ ...SLACK_DOC_EXAMPLE, now: new Date(signedAt + 299_000) })).toBe(
      true,
    );
  });

  it('rejects missing or malformed headers', async () => {
    for (const override of [
      { signature: undefined },
      { timestamp: undefined },
      { signature: '' },
      { signature: 'v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503' },
      { signature: 'v0=a2114d57' },
      { timestamp: 'not-a-number' },
    ]) {
      expect(await verifySlackSignature({ ...SLACK_DOC_EXAMPLE, ...override })).toBe(false);
    }
  });
});
