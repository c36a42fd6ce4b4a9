import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/create-test-app';

describe('the page embeds its own origin (Host header) only when it is not cached publicly', () => {
  it('is not cached publicly without PUBLIC_URL, since it reflects the Host header', async () => {
    const { app } = createTestApp();
    const response = await app.request('http://attacker.example/');
    expect(await response.text()).toContain('attacker.example');
    expect(response.headers.get('cache-control')).not.toMatch(/public/);
  });

  it('is cached publicly with PUBLIC_URL, and never reflects the Host header', async () => {
    const { app } = createTestApp({ environment: { PUBLIC_URL: 'https://assistant.exemple.fr' } });
    const response = await app.request('http://attacker.example/');
    const page = await response.text();
    expect(page).toContain('https://assistant.exemple.fr');
    expect(page).not.toContain('attacker.example');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  });
});
