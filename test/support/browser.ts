import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { TestPlatform } from './platform';

/** Debian's Chromium (scripts/install-deps.sh installs it); no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Screenshots of the journeys, kept as test artefacts (var/ is not committed). */
export const SCREENSHOTS = resolve(__dirname, '..', '..', 'var', 'screenshots');

/** The API (serving the built pages) on a real port of this helper's range, with e-mail links pointing at it. */
export class BrowserStack {
  private constructor(
    readonly platform: TestPlatform,
    readonly origin: string,
    readonly browser: Browser,
  ) {}

  static async start(): Promise<BrowserStack> {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run bash scripts/install-deps.sh`);
    if (!existsSync(resolve(__dirname, '..', '..', 'dist', 'web', 'index.html')))
      throw new Error('no built pages: run npm run build first');
    // Jest workers run files in parallel: one port each, inside the range given to the web pages' tests
    // (WEB_TEST_PORT_BASE moves the range when two checkouts test on one machine).
    const port = Number(process.env.WEB_TEST_PORT_BASE ?? 3110) + Number(process.env.JEST_WORKER_ID ?? 1);
    const origin = `http://127.0.0.1:${port}`;
    const platform = await TestPlatform.start({ env: { PUBLIC_URL: origin } });
    await platform.api.listen(port, '127.0.0.1');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
    return new BrowserStack(platform, origin, browser);
  }

  async newPage(options: { phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      baseURL: this.origin,
      locale: 'fr-FR',
      ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
    });
    return { context, page: await context.newPage() };
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.platform?.close();
  }
}

/** Serious or critical accessibility violations on the page as it is now (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}
