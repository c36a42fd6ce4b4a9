import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIGURATION_ERROR } from '../../src/channels/web/widget/chat-client';
import { CUT_STREAM_ERROR, STOPPED_ERROR } from '../../src/channels/web/widget/chat-turn';
import { CHROMIUM, hasChromium, launchChromium, runAxe } from './browser-helpers';
import {
  CUT_QUESTION,
  GUARD_QUESTION,
  type ScriptedChatServer,
  SLOW_QUESTION,
  STOP_QUESTION,
  startScriptedChatServer,
} from './scripted-chat-server';
import { freePort, startHostPage } from './start-servers';

const STORAGE_PREFIX = 'atlas-assistant:';

async function ask(page: Page, question: string) {
  const textbox = page.getByRole('textbox', { name: 'Votre question' });
  await textbox.fill(question);
  await textbox.press('Enter');
}

const lastAnswer = (page: Page) => page.locator('.message.assistant').last();
const stored = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.keys(sessionStorage)
        .filter((key) => key.startsWith(prefix))
        .map((key) => sessionStorage.getItem(key))
        .join(''),
    STORAGE_PREFIX,
  );

describe.skipIf(!hasChromium)(
  `widget streaming, errors, isolation and mobile in real Chromium${hasChromium ? '' : ` (SKIPPED: ${CHROMIUM} not found)`}`,
  () => {
    let server: ScriptedChatServer;
    let browser: Browser;
    let desktop: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      server = await startScriptedChatServer();
      browser = await launchChromium();
      desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
      page = await desktop.newPage();
      await page.goto(`${server.url}/?hostile`);
      await page.getByRole('button', { name: 'Une question ?' }).click();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows the status, then the text sentence by sentence while the stream is open, with a Stop button', async () => {
      await ask(page, SLOW_QUESTION);
      const answer = lastAnswer(page);
      await answer.getByText('Je vérifie l’IDCC 1486…').waitFor();
      expect(await answer.locator('.dots').isVisible()).toBe(true);
      const stop = page.getByRole('button', { name: 'Arrêter la réponse' });
      expect(await stop.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Envoyer' }).isVisible()).toBe(false);

      server.release();
      await answer.getByText('La prise en charge est confirmée.').waitFor();
      // The server still holds the rest: what is shown is part of an answer still streaming.
      expect(await answer.locator('.bubble').textContent()).not.toContain('coûts pédagogiques');
      expect(await answer.locator('.dots').count()).toBe(0);
      expect(await stop.isVisible()).toBe(true);
      expect(await page.getByRole('status').first().textContent()).toBe('');

      server.release();
      await answer.getByRole('button', { name: 'Réponse utile' }).waitFor();
      expect(await answer.locator('.bubble').textContent()).toContain('coûts pédagogiques');
      expect(await stop.isVisible()).toBe(false);
    });

    it('announces only the answer text, once, and names things without decoration', async () => {
      const answerText = (await lastAnswer(page).locator('.bubble').textContent())!.replace(
        /^Assistant : /,
        '',
      );
      const announced = await page.evaluate(() => {
        const root = document.querySelector('[data-atlas-assistant]')!.shadowRoot!;
        return [...root.querySelectorAll('[aria-live], [role="status"], [role="log"], [role="alert"]')]
          .map((region) => region.textContent ?? '')
          .join('');
      });
      const spaces = (text: string) => text.replace(/\s/g, ' ');
      expect(spaces(announced)).toBe(spaces(answerText));
      const sources = await lastAnswer(page).locator('.citations').ariaSnapshot();
      expect(sources).toContain('Critères de financement');
      expect(sources).not.toMatch(/[+−]|"1 /);
    });

    it('keeps the amount "1 200 € HT" on one line', async () => {
      const lines = await lastAnswer(page).evaluate((answer) => {
        const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const start = text.search(/1\s200/);
          if (start < 0) continue;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + '1 200 € HT'.length);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }
        return -1;
      });
      expect(lines).toBe(1);
    });

    it('is not restyled by the host page’s hostile CSS (all: initial at the root)', async () => {
      expect(
        await page.evaluate(() => getComputedStyle(document.querySelector('main div')!).textTransform),
      ).toBe('uppercase');
      const styles = await lastAnswer(page)
        .locator('.bubble p')
        .first()
        .evaluate((paragraph) => {
          const style = getComputedStyle(paragraph);
          return {
            textTransform: style.textTransform,
            letterSpacing: style.letterSpacing,
            textAlign: style.textAlign,
            fontFamily: style.fontFamily,
            color: style.color,
          };
        });
      expect(styles).toEqual({
        textTransform: 'none',
        letterSpacing: 'normal',
        textAlign: 'start',
        fontFamily: expect.stringContaining('system-ui'),
        color: 'rgb(27, 31, 36)',
      });
      // Rules aimed at the page's divs do not reach the widget's host element either.
      expect(
        await page.evaluate(
          () => getComputedStyle(document.querySelector('[data-atlas-assistant]')!).textTransform,
        ),
      ).toBe('none');
      const panel = (await page.getByRole('dialog').boundingBox())!;
      expect(Math.round(panel.x + panel.width)).toBe(1280 - 20);
      expect(Math.round(panel.y + panel.height)).toBe(800 - 20);
    });

    it('shows chips and votes on the current answer only, and keeps focus in the composer after a suggestion', async () => {
      await lastAnswer(page).getByRole('button', { name: 'Quels documents fournir ?' }).click();
      await lastAnswer(page).getByRole('button', { name: 'Réponse utile' }).waitFor();
      expect(await page.locator('.message.assistant').count()).toBe(2);
      expect(await page.locator('.message.assistant').first().locator('.chip, .vote').count()).toBe(0);
      expect(await lastAnswer(page).locator('.vote').count()).toBe(2);
      expect(await lastAnswer(page).locator('.chip').count()).toBe(2);
      // Cards and sources stay with the answer they belong to.
      expect(await page.locator('.message.assistant').first().locator('.card, .citations').count()).toBe(2);
      const focused = await page.evaluate(
        () => document.querySelector('[data-atlas-assistant]')?.shadowRoot?.activeElement?.tagName,
      );
      expect(focused).toBe('TEXTAREA');
      const landmarkProblems = (await runAxe(page, { all: true })).filter((violation) =>
        /landmark/.test(violation.id),
      );
      expect(landmarkProblems).toEqual([]);
    });

    it('replaces the text shown so far on data-reset', async () => {
      await ask(page, GUARD_QUESTION);
      await lastAnswer(page).getByRole('button', { name: 'Réponse utile' }).waitFor();
      const text = await lastAnswer(page).locator('.bubble').textContent();
      expect(text).toContain('Le montant dépend du coût HT de la formation.');
      expect(text).not.toContain('486');
    });

    it('turns a stream cut before `finish` into an error, not persisted, that « Réessayer » resends', async () => {
      await ask(page, CUT_QUESTION);
      const error = lastAnswer(page).getByRole('alert');
      await error.waitFor();
      expect(await error.textContent()).toContain(CUT_STREAM_ERROR);
      expect(await lastAnswer(page).locator('.vote, .chip').count()).toBe(0);
      expect(await stored(page)).not.toContain(CUT_QUESTION);
      expect(await stored(page)).toContain(GUARD_QUESTION);

      await error.getByRole('button', { name: 'Réessayer' }).click();
      await lastAnswer(page).getByRole('button', { name: 'Réponse utile' }).waitFor();
      expect(server.questions.filter((question) => question === CUT_QUESTION)).toHaveLength(2);
      expect(await page.locator('.message.user', { hasText: CUT_QUESTION }).count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await stored(page)).toContain(CUT_QUESTION);
    });

    it('stops a running answer: the request is aborted and a retry is offered', async () => {
      const abortedBefore = server.aborted();
      await ask(page, STOP_QUESTION);
      await lastAnswer(page).getByText('Je cherche dans le guide…').waitFor();
      await page.getByRole('button', { name: 'Arrêter la réponse' }).click();
      const error = lastAnswer(page).getByRole('alert');
      await error.waitFor();
      expect(await error.textContent()).toContain(STOPPED_ERROR);
      expect(await error.getByRole('button', { name: 'Réessayer' }).isVisible()).toBe(true);
      await expect.poll(() => server.aborted()).toBe(abortedBefore + 1);
      expect(await page.getByRole('button', { name: 'Envoyer' }).isVisible()).toBe(true);
      server.release();
    });

    it('asks before clearing the conversation', async () => {
      await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
      await page.getByRole('button', { name: 'Annuler' }).click();
      expect(await page.locator('.message.user').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
      await page.getByRole('button', { name: 'Effacer', exact: true }).click();
      expect(await page.locator('.message.user').count()).toBe(0);
      expect(await stored(page)).toBe('');
    });

    it('has no serious or critical axe violation at 1280 px with an answer shown', async () => {
      await ask(page, 'Question ordinaire');
      await lastAnswer(page).getByRole('button', { name: 'Réponse utile' }).waitFor();
      expect(await runAxe(page)).toEqual([]);
    });

    it('at 360 px on a touch screen: compact launcher, no autofocus, 16 px text box that grows, axe clean', async () => {
      const phone = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        locale: 'fr-FR',
      });
      const mobile = await phone.newPage();
      await mobile.goto(`${server.url}/`);
      const launcher = mobile.getByRole('button', { name: 'Une question ?' });
      const box = (await launcher.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(56);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      const content = (await mobile.locator('#content').boundingBox())!;
      expect(box.y).toBeGreaterThan(content.y + content.height);

      await launcher.tap();
      const textbox = mobile.getByRole('textbox', { name: 'Votre question' });
      expect(await textbox.evaluate((element) => getComputedStyle(element).fontSize)).toBe('16px');
      const focused = await mobile.evaluate(
        () => document.querySelector('[data-atlas-assistant]')?.shadowRoot?.activeElement?.tagName,
      );
      expect(focused).not.toBe('TEXTAREA');

      const before = (await textbox.boundingBox())!.height;
      await textbox.fill('Première ligne\nDeuxième ligne\nTroisième ligne');
      expect((await textbox.boundingBox())!.height).toBeGreaterThan(before + 20);
      await textbox.press('Enter');
      await lastAnswer(mobile).getByRole('button', { name: 'Réponse utile' }).waitFor();
      expect((await textbox.boundingBox())!.height).toBe(before);
      const overflow = await mobile.evaluate(() => {
        const root = document.querySelector('[data-atlas-assistant]')!.shadowRoot!;
        const log = root.querySelector('.log')!;
        return { log: log.scrollWidth - log.clientWidth, page: document.documentElement.scrollWidth - 360 };
      });
      expect(overflow).toEqual({ log: 0, page: 0 });
      expect(await runAxe(mobile)).toEqual([]);
      await phone.close();
    });

    it('tells a CORS or configuration failure apart from a network failure', async () => {
      const hostPort = await freePort();
      const host = await startHostPage({
        port: hostPort,
        apiUrl: server.url,
        scriptAttributes: `data-api="${server.url}"`,
      });
      try {
        const other = await desktop.newPage();
        await other.goto(host.url);
        await other.getByRole('button', { name: 'Une question ?' }).click();
        await ask(other, 'Une question depuis un site non autorisé');
        const error = lastAnswer(other).getByRole('alert');
        await error.waitFor();
        expect(await error.textContent()).toContain(CONFIGURATION_ERROR);

        await server.stop();
        await ask(other, 'Une question sans serveur');
        await expect
          .poll(() => lastAnswer(other).getByRole('alert').textContent())
          .toContain('Connexion au service impossible');
        await other.close();
      } finally {
        await host.stop();
      }
    });
  },
);
