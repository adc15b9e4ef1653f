import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { PortalPage } from './pages/portal-page';

export { expect };

/** Set by global-setup.ts, which starts the server on a port chosen at run time. */
function portalUrl(): string {
  const url = process.env.PORTAL_URL;
  if (!url) throw new Error('PORTAL_URL is not set: run through frontend/e2e/playwright.config.ts so global-setup.ts starts the portal');
  return url;
}

export const test = base.extend<{ portal: PortalPage; playground: PlaygroundPage; pageProblems: void }>({
  // playwright.config.ts is read before the server has a port, so baseURL is filled in here.
  baseURL: async ({}, use) => use(portalUrl()),
  // Every test fails on an uncaught script error or a Content-Security-Policy
  // violation: the server's CSP forbids inline scripts and foreign origins.
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content.Security.Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
  portal: async ({ page }, use) => use(new PortalPage(page)),
  playground: async ({ page }, use) => use(new PlaygroundPage(page)),
});

/** Fails with the list of axe-core violations (all rules axe enables by default) on the current page. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
