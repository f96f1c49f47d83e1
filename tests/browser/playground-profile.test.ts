import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPid, processGroupAlive, removeProfileAfterExit } from '../../scripts/support/browser-profile';
import { CHROMIUM, chromiumArgs } from './support/chromium';

// The playground's cleanup against the real thing: removing the profile as soon as Playwright reported the
// browser closed failed about one time in three (ENOTEMPTY on Default) while Chromium's helpers finished.
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'muffin-playground-test-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, handleSIGINT: false, args: chromiumArgs() });
  await (context.pages()[0] ?? (await context.newPage())).goto('about:blank');
  const pid = chromiumPid(profile);
  expect(pid).not.toBeNull();
  return { profile, context, pid: pid! };
}

describe("the playground's browser profile", () => {
  it.each([1, 2, 3])('is removed after the person closes the browser (round %i)', async () => {
    const { profile, context, pid } = await launch();
    const closed = new Promise<void>((done) => context.on('close', () => done()));
    // Closing the last window ends Chromium's main process; its helpers follow.
    process.kill(pid, 'SIGTERM');
    await closed;
    expect(await removeProfileAfterExit(profile, pid)).toEqual({ removed: true });
    expect(existsSync(profile)).toBe(false);
    expect(processGroupAlive(pid)).toBe(false);
  });

  it('is removed after Ctrl+C closes the browser from the script', async () => {
    const { profile, context, pid } = await launch();
    await context.close();
    expect(await removeProfileAfterExit(profile, pid)).toEqual({ removed: true });
    expect(existsSync(profile)).toBe(false);
  });
});
