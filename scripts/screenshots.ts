// Screenshots for the README: the production build in Chromium with a realistic history (ten weeks of a
// small bakery's posts on several platforms, drifting from broadcast to conversation), saved as
// docs/screenshots/popup.png, popup-dark.png and options.png. Run: npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openExtensionPage } from '../tests/browser/support/extension';
import { seedBakery, settle } from './support/demo';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');

execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const ext = await launchWithExtension();
try {
  await seedBakery(ext);

  for (const scheme of ['light', 'dark'] as const) {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByTestId('count-total').waitFor();
    await settle(page);
    await page.screenshot({ path: join(OUT, scheme === 'light' ? 'popup.png' : 'popup-dark.png'), fullPage: true });
    await page.close();
  }

  const options = await openExtensionPage(ext, 'options.html');
  await options.emulateMedia({ colorScheme: 'light' });
  await options.setViewportSize({ width: 900, height: 1560 });
  await options.getByRole('heading', { name: 'Muffin options' }).waitFor();
  await settle(options);
  await options.screenshot({ path: join(OUT, 'options.png') });
  await options.close();
  console.log(`Saved popup.png, popup-dark.png and options.png in ${OUT}`);
} finally {
  await ext.close();
}
