import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATLAS_CONTACT_PAGE } from '../../src/channels/web/widget/render-turn';
import { CHROMIUM, hasChromium, launchChromium, runAxe } from './browser-helpers';
import { type AssistantServer, freePort, startAssistantServer, startHostPage } from './start-servers';

const projectRoot = join(import.meta.dirname, '..', '..');
const screenshots = join(projectRoot, 'test-results');
const ADMIN_TOKEN = 'jeton-admin-navigateur-0123456789';
const QUESTION = 'Aide à l’embauche pour un apprenti en CAP dans une entreprise de 10 salariés en 2026 ?';
const DEFAULT_ACCENT_RGB = 'rgb(11, 79, 138)';

if (!hasChromium) {
  console.warn(
    `browser tests SKIPPED: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`,
  );
}

/** Waits until the `count`-th answer has finished streaming (its vote buttons appear: only the current answer has them). */
async function waitForAnswer(page: Page, count: number) {
  await page
    .locator('.message.assistant')
    .nth(count - 1)
    .locator('.vote-down')
    .waitFor({ state: 'visible' });
}

const focusIsInWidget = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-atlas-assistant]');
    return document.activeElement === host && Boolean(host?.shadowRoot?.activeElement);
  });

describe.skipIf(!hasChromium)(
  `widget in real headless Chromium${hasChromium ? '' : ` (SKIPPED: ${CHROMIUM} not found; apt-get install -y chromium)`}`,
  () => {
    let server: AssistantServer;
    let host: { url: string; stop(): Promise<void> };
    let browser: Browser;
    let page: Page;
    const policyViolations: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      mkdirSync(screenshots, { recursive: true });
      const hostPort = await freePort();
      server = await startAssistantServer({
        ALLOWED_ORIGINS: `http://127.0.0.1:${hostPort}`,
        ADMIN_TOKEN,
        LOG_QUESTIONS: 'true',
        RATE_LIMIT_PER_MINUTE: '0',
      });
      host = await startHostPage({
        port: hostPort,
        apiUrl: server.url,
        // A light colour that fails WCAG AA: the widget must fall back to its dark default.
        scriptAttributes: `data-api="${server.url}" data-title="Assistant formation" data-color="#ffcc00" data-position="right"`,
      });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) policyViolations.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      await server?.stop();
    });

    it('opens the demo page and answers a clicked example question under its strict CSP', async () => {
      await page.goto(`${server.url}/`);
      expect(await page.locator('h1').textContent()).toContain('OPCO Atlas');
      await page.locator('[data-atlas-question]').nth(3).click();
      await expect
        .poll(() => page.getByRole('dialog', { name: 'Assistant OPCO Atlas' }).isVisible())
        .toBe(true);
      await waitForAnswer(page, 1);
      expect(await page.locator('.message.assistant .bubble').last().textContent()).not.toBe('');
      const script = await fetch(`${server.url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(script.headers.get('content-encoding')).toBe('gzip');
      expect(await script.text()).toContain('AtlasAssistant');
      expect(policyViolations).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('works embedded on another origin: opens, streams the answer and shows a citation', async () => {
      await page.goto(host.url);
      await page.waitForFunction(() => 'AtlasAssistant' in window);
      const launcher = page.getByRole('button', { name: 'Une question ?' });
      expect(await launcher.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        DEFAULT_ACCENT_RGB,
      );
      await launcher.click();
      const dialog = page.getByRole('dialog', { name: 'Assistant formation' });
      expect(await dialog.isVisible()).toBe(true);
      expect(await focusIsInWidget(page)).toBe(true);
      // The conversation is not a live region (the finished answer is announced once, through a status).
      expect(await page.getByRole('group', { name: 'Conversation' }).getAttribute('aria-live')).toBeNull();

      const chatResponse = page.waitForResponse((response) => response.url() === `${server.url}/api/chat`);
      await page.getByRole('textbox', { name: 'Votre question' }).fill(QUESTION);
      await page.keyboard.press('Enter');
      const response = await chatResponse;
      expect(response.headers()['content-type']).toMatch(/^text\/event-stream/);
      expect(response.headers()['x-vercel-ai-ui-message-stream']).toBe('v1');
      expect(response.headers()['access-control-allow-origin']).toBe(new URL(host.url).origin);
      const chunks = (await response.text())
        .split('\n\n')
        .filter((event) => event.startsWith('data: {'))
        .map((event) => JSON.parse(event.slice(6)) as { type: string; delta?: string; data?: unknown });
      const deltas = chunks.filter((chunk) => chunk.type === 'text-delta');
      expect(deltas.length).toBeGreaterThan(1);

      await waitForAnswer(page, 1);
      const firstWords = (deltas[0]?.delta ?? '').replace(/[*#`[\]]/g, '').trim();
      expect(await page.locator('.message.assistant .bubble').last().textContent()).toContain(firstWords);

      const citation = page.locator('details.citation').first();
      expect(await citation.isVisible()).toBe(true);
      await citation.locator('summary').click();
      expect(await citation.getAttribute('open')).not.toBeNull();
      expect((await citation.locator('blockquote').textContent())?.length).toBeGreaterThan(10);
      const links = citation.locator('a');
      for (let index = 0; index < (await links.count()); index++) {
        expect(await links.nth(index).getAttribute('rel')).toBe('noopener noreferrer');
        expect(await links.nth(index).getAttribute('href')).toMatch(/^https?:\/\//);
      }

      const simulation = chunks.find((chunk) => chunk.type === 'data-simulation')?.data as {
        output: { hiringAid: { amount: number } };
      };
      const card = page.locator('.card').first();
      expect(await card.getByRole('heading').first().textContent()).toContain(
        'Coûts et aides de l’apprentissage',
      );
      const hiringAid = new Intl.NumberFormat('fr-FR', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 0,
      })
        .format(simulation.output.hiringAid.amount)
        .replace(/\s/g, ' ');
      expect((await card.locator('dd').first().textContent())?.replace(/\s/g, ' ')).toBe(hiringAid);
      await page.screenshot({ path: join(screenshots, 'widget-1280.png') });
      expect(policyViolations).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('has no serious or critical axe-core violation with the widget open', async () => {
      expect(await runAxe(page)).toEqual([]);
    });

    it('runs axe inside the widget’s shadow root (a nameless button there is caught)', async () => {
      await page.evaluate(() => {
        const broken = document.createElement('button');
        broken.id = 'axe-probe';
        document
          .querySelector('[data-atlas-assistant]')
          ?.shadowRoot?.querySelector('.footer')
          ?.append(broken);
      });
      const violations = await runAxe(page);
      await page.evaluate(() =>
        document.querySelector('[data-atlas-assistant]')?.shadowRoot?.getElementById('axe-probe')?.remove(),
      );
      expect(violations.map((violation) => violation.id)).toContain('button-name');
    });

    it('records a thumbs down with its reason, visible in the insights', async () => {
      await page.getByRole('button', { name: 'Réponse pas utile' }).last().click();
      const form = page.locator('form.reason-form');
      expect(await form.isVisible()).toBe(true);
      await form.getByLabel('Incomplète').check();
      await form.getByRole('textbox').fill('Il manque les frais annexes. Mon mail : paul@exemple.fr');
      await form.getByRole('button', { name: 'Envoyer mon avis' }).click();
      await expect
        .poll(() => page.locator('.feedback-status').last().textContent())
        .toBe('Merci pour votre retour.');

      const insights = await fetch(`${server.url}/v1/admin/insights`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(insights.status).toBe(200);
      const body = (await insights.json()) as { feedback: unknown };
      expect(body.feedback).toEqual({ up: 0, down: 1, reasons: [{ reason: 'incomplete', count: 1 }] });
    });

    it('keeps keyboard focus inside the open panel and closes on Escape', async () => {
      await page.getByRole('textbox', { name: 'Votre question' }).focus();
      for (let press = 0; press < 25; press++) {
        await page.keyboard.press('Tab');
        expect(await focusIsInWidget(page)).toBe(true);
      }
      for (let press = 0; press < 5; press++) {
        await page.keyboard.press('Shift+Tab');
        expect(await focusIsInWidget(page)).toBe(true);
      }
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').isVisible()).toBe(false);
      const focused = await page.evaluate(
        () => document.querySelector('[data-atlas-assistant]')?.shadowRoot?.activeElement?.className,
      );
      expect(focused).toBe('launcher');
    });

    it('restores the conversation from sessionStorage and resets it', async () => {
      await page.reload();
      await page.getByRole('button', { name: 'Une question ?' }).click();
      expect(await page.locator('.message.user').first().textContent()).toContain(QUESTION);
      expect(await page.locator('.feedback-status').last().textContent()).toBe('Merci pour votre retour.');
      await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
      await page.getByRole('button', { name: 'Effacer', exact: true }).click();
      expect(await page.locator('.message.user').count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    });

    it('works at 360 px: the host page’s example question opens a full-width panel', async () => {
      await page.getByRole('button', { name: 'Fermer l’assistant' }).click();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('button', { name: 'Qu’est-ce qu’un OPCO ?' }).click();
      await waitForAnswer(page, 1);
      const panel = await page.getByRole('dialog').boundingBox();
      expect(panel?.width).toBeLessThanOrEqual(360);
      expect(panel?.x).toBeGreaterThanOrEqual(0);
      const log = page.getByRole('group', { name: 'Conversation' });
      expect(await log.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await page.screenshot({ path: join(screenshots, 'widget-360.png') });
      expect(await runAxe(page)).toEqual([]);

      await page.locator('.message.assistant .chip').first().click();
      await waitForAnswer(page, 2);
      expect(await page.locator('.message.user').count()).toBe(2);
      await page.getByRole('button', { name: 'Parler à un conseiller' }).click();
      const contact = page.getByRole('link', { name: /Contacter un conseiller OPCO Atlas/ }).last();
      expect(await contact.getAttribute('href')).toBe(ATLAS_CONTACT_PAGE);
      expect(await contact.getAttribute('target')).toBe('_blank');
      expect(policyViolations).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  },
);
