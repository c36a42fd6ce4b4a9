/** @module Shared pieces of the browser tests: Chromium launch, axe-core runs, and shadow-root queries. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const projectRoot = join(import.meta.dirname, '..', '..');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type AxeViolation = { id: string; impact: string | null; help: string; targets: unknown[] };

/** Runs axe-core on the whole page (shadow roots included); returns every violation, or only serious/critical. */
export async function runAxe(page: Page, options: { all?: boolean } = {}): Promise<AxeViolation[]> {
  // why: evaluate() is not subject to the page's CSP, unlike an injected <script> tag.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: never[] }> } })
      .axe;
    const results = await axe.run(document);
    return (
      results.violations as Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown }>;
      }>
    ).map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target) }));
  });
  return options.all
    ? violations
    : violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
