import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTeamsRequestVerifier } from '../../../src/channels/teams/verify-teams-request';
import { silentLogger } from '../../../src/logger';

const NOW = new Date('2026-11-27T09:00:00Z');
const APP_ID = '00000000-0000-0000-0000-00000000a71a';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** Serves the OpenID metadata and the JWKS in-process: workerd cannot open a local server. */
async function createBotFrameworkKeys() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwks = {
    keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', use: 'sig', endorsements: ['msteams'] }],
  };
  const fetchKeys = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = url.endsWith('/openidconfiguration') ? { jwks_uri: 'https://login.example/keys' } : jwks;
    return Response.json(body);
  };
  const sign = (claims: Record<string, unknown> = {}) =>
    new SignJWT({
      serviceUrl: SERVICE_URL,
      iss: 'https://api.botframework.com',
      aud: APP_ID,
      exp: NOW.getTime() / 1000 + 3600,
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(privateKey);
  return { fetchKeys, sign };
}

describe('createTeamsRequestVerifier (workerd)', () => {
  it('verifies an RS256 Bot Connector token and rejects alg none and a wrong audience', async () => {
    const { fetchKeys, sign } = await createBotFrameworkKeys();
    const verify = createTeamsRequestVerifier({
      appId: APP_ID,
      openIdMetadataUrl: 'https://login.example/v1/.well-known/openidconfiguration',
      issuer: 'https://api.botframework.com',
      fetch: fetchKeys as typeof fetch,
      logger: silentLogger,
      now: () => NOW,
    });
    const activity = { serviceUrl: SERVICE_URL, channelId: 'msteams' };
    await expect(verify(`Bearer ${await sign()}`, activity)).resolves.toMatchObject({ aud: APP_ID });
    const unsigned = new UnsecuredJWT({ serviceUrl: SERVICE_URL, aud: APP_ID }).encode();
    await expect(verify(`Bearer ${unsigned}`, activity)).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(verify(`Bearer ${await sign({ aud: 'other' })}`, activity)).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });
});
