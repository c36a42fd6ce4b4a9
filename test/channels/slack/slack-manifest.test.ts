import { describe, expect, it } from 'vitest';
import manifest from '../../../slack/manifest.json' with { type: 'json' };
import { createTestApp } from '../../helpers/create-test-app';

describe('slack/manifest.json', () => {
  it('points the command, events and interactivity at routes the app serves', async () => {
    const { app } = createTestApp();
    const urls = [
      manifest.features.slash_commands[0]?.url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ].map((url) => new URL(url ?? ''));
    expect(urls.map((url) => url.pathname)).toEqual([
      '/slack/commands',
      '/slack/events',
      '/slack/interactions',
    ]);
    for (const url of urls) {
      expect(url.protocol).toBe('https:');
      // Not configured in this test app: a 503 proves the route exists (an unknown path gives 404).
      expect((await app.request(url.pathname, { method: 'POST', body: '' })).status).toBe(503);
    }
  });

  it('declares /atlas, the events handled and the scopes of the Web API methods called', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/atlas']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'commands',
        'app_mentions:read',
        'chat:write',
        'im:history',
        'channels:history',
        'groups:history',
      ]),
    );
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });
});
