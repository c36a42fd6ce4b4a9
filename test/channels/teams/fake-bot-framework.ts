/** @module Local fakes of the Bot Framework on 127.0.0.1: OpenID metadata, JWKS, token endpoint and Bot Connector. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const TEST_APP_ID = '00000000-0000-0000-0000-00000000a71a';
export const TEST_APP_PASSWORD = 'test-app-password-Zx9';
export const SIGNING_KID = 'test-signing-key';

export type ConnectorRequest = {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
};
export type ScriptedResponse = { status: number; body?: unknown };

export type FakeBotFramework = {
  url: string;
  /** The activity serviceUrl that points at the fake connector. */
  serviceUrl: string;
  environment: Record<string, string>;
  counts: { metadata: number; keys: number; token: number };
  tokenRequests: Array<Record<string, string>>;
  connectorRequests: ConnectorRequest[];
  scriptConnector(...responses: ScriptedResponse[]): void;
  /** Signs a connector token with the served key, unless another key or header is given. */
  signToken(
    claims?: JWTPayload,
    options?: { kid?: string; privateKey?: CryptoKey; alg?: string },
  ): Promise<string>;
  close(): Promise<void>;
};

const readBody = (request: import('node:http').IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

export async function startFakeBotFramework(now: Date): Promise<FakeBotFramework> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const publicJwk = {
    ...(await exportJWK(publicKey)),
    kid: SIGNING_KID,
    use: 'sig',
    endorsements: ['msteams'],
  };
  const counts = { metadata: 0, keys: 0, token: 0 };
  const tokenRequests: Array<Record<string, string>> = [];
  const connectorRequests: ConnectorRequest[] = [];
  const connectorScript: ScriptedResponse[] = [];
  const issuedTokens = new Set<string>();
  let url = '';

  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    if (path === '/v1/.well-known/openidconfiguration') {
      counts.metadata++;
      return send(200, {
        issuer: 'https://api.botframework.com',
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (path === '/v1/.well-known/keys') {
      counts.keys++;
      return send(200, { keys: [publicJwk] });
    }
    if (path === '/botframework.com/oauth2/v2.0/token') {
      counts.token++;
      const form = Object.fromEntries(new URLSearchParams(body));
      tokenRequests.push(form);
      if (form.client_id !== TEST_APP_ID || form.client_secret !== TEST_APP_PASSWORD) {
        return send(401, { error: 'invalid_client' });
      }
      const accessToken = `connector-token-${counts.token}`;
      issuedTokens.add(accessToken);
      return send(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: accessToken,
      });
    }
    if (path.startsWith('/emea/v3/conversations/')) {
      connectorRequests.push({
        path,
        authorization: request.headers.authorization,
        body: JSON.parse(body || '{}'),
      });
      const scripted = connectorScript.shift();
      if (scripted) return send(scripted.status, scripted.body ?? {});
      const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!issuedTokens.has(token))
        return send(401, { message: 'Authorization has been denied for this request.' });
      return send(200, { id: `1:reply-${connectorRequests.length}` });
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serviceUrl = `${url}/emea/`;
  const nowSeconds = Math.floor(now.getTime() / 1000);

  return {
    url,
    serviceUrl,
    environment: {
      MICROSOFT_APP_ID: TEST_APP_ID,
      MICROSOFT_APP_PASSWORD: TEST_APP_PASSWORD,
      BOT_OPENID_METADATA_URL: `${url}/v1/.well-known/openidconfiguration`,
      BOT_TOKEN_URL: `${url}/botframework.com/oauth2/v2.0/token`,
    },
    counts,
    tokenRequests,
    connectorRequests,
    scriptConnector: (...responses) => connectorScript.push(...responses),
    signToken(claims = {}, options = {}) {
      const payload: JWTPayload = {
        serviceUrl,
        iss: 'https://api.botframework.com',
        aud: TEST_APP_ID,
        iat: nowSeconds - 60,
        nbf: nowSeconds - 60,
        exp: nowSeconds + 3600,
        ...claims,
      };
      return new SignJWT(payload)
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? SIGNING_KID, typ: 'JWT' })
        .sign(options.privateKey ?? privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
