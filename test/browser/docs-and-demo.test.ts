import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium, runAxe } from './browser-helpers';
import { type AssistantServer, startAssistantServer } from './start-servers';

const screenshots = join(import.meta.dirname, '..', '..', 'test-results');

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openDocs(page: Page, url: string) {
  await page.goto(`${url}/docs`);
  await page.getByRole('status').filter({ hasText: 'opérations documentées' }).waitFor();
}

async function tryOperation(page: Page, id: string) {
  const section = page.locator(`#${id}`);
  await section.getByRole('button', { name: 'Essayer' }).click();
  const output = section.locator('.output pre');
  await output.waitFor();
  return {
    status: await section.locator('.output strong').textContent(),
    body: (await output.textContent()) ?? '',
  };
}

describe.skipIf(!hasChromium)(
  `/docs and the demo page in real Chromium${hasChromium ? '' : ` (SKIPPED: ${CHROMIUM} not found)`}`,
  () => {
    let server: AssistantServer;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(screenshots, { recursive: true });
      server = await startAssistantServer({ RATE_LIMIT_PER_MINUTE: '0' });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    for (const width of [1280, 360]) {
      it(`/docs at ${width} px: contents, field reference, /api/chat, real examples, no overflow, axe clean`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'fr-FR' });
        await openDocs(page, server.url);
        const contents = page.getByRole('navigation', { name: 'Sommaire' });
        const operations = await page.locator('section.operation').count();
        expect(operations).toBeGreaterThan(8);
        expect(await contents.getByRole('link').count()).toBe(operations);
        await contents.getByRole('link', { name: /\/v1\/simulate\/funding/ }).click();
        expect(await page.evaluate(() => location.hash)).toBe('#post--v1-simulate-funding');

        const funding = page.locator('#post--v1-simulate-funding');
        const costRow = funding.locator('table.fields tr', { hasText: 'costExclTax' });
        expect(await costRow.textContent()).toContain('Coût pédagogique total hors taxes');
        const strayText = await page.evaluate(() =>
          [...document.querySelectorAll('section.operation')].flatMap((section) =>
            [...section.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
              .map((node) => node.textContent),
          ),
        );
        expect(strayText).toEqual([]);
        const chat = page.locator('#post--api-chat');
        expect(await chat.textContent()).toContain('data-reset');
        expect(await chat.locator('table.fields').first().textContent()).toContain('question');

        const result = await tryOperation(page, 'post--v1-simulate-funding');
        expect(result.status).toBe('HTTP 200');
        const body = JSON.parse(result.body) as { outcome: string; amount: number };
        expect(body.outcome).not.toBe('needs_input');
        expect(body.amount).toBeGreaterThan(0);
        const ask = await tryOperation(page, 'post--v1-ask');
        expect(ask.status).toBe('HTTP 200');
        const stream = await tryOperation(page, 'post--api-chat');
        expect(stream.status).toBe('HTTP 200');
        expect(stream.body).toContain('"type":"finish"');

        expect(await pageOverflow(page)).toBe(0);
        await page.screenshot({ path: join(screenshots, `docs-${width}.png`) });
        expect(await runAxe(page)).toEqual([]);
        await page.close();
      });

      it(`the demo page at ${width} px has no horizontal overflow and no serious axe violation, widget closed or open`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'fr-FR' });
        await page.goto(`${server.url}/`);
        await page.waitForFunction(() => 'AtlasAssistant' in window);
        expect(await pageOverflow(page)).toBe(0);
        expect(await runAxe(page)).toEqual([]);
        await page.getByRole('button', { name: 'Poser une question' }).click();
        await page.getByRole('dialog', { name: 'Assistant OPCO Atlas' }).waitFor();
        expect(await runAxe(page)).toEqual([]);
        await page.close();
      });
    }
  },
);
