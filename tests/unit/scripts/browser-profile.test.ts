import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPid, processGroupAlive, removeDirectory, removeProfileAfterExit } from '../../../scripts/support/browser-profile';

const errno = (code: string) => Object.assign(new Error(`${code}: directory not empty, rmdir '/tmp/p/Default'`), { code });

/**
 * A stand-in for Chromium closing: the main process starts a helper in its own process group and exits at
 * once; the helper goes on writing files into the profile's Default folder (recreating it if needed), then
 * writes "done" and exits, as Chromium's network and storage processes do for a second or so.
 */
function closingBrowser(profile: string): Promise<number> {
  const helper = `
    const fs = require('node:fs');
    const dir = ${JSON.stringify(join(profile, 'Default'))};
    let i = 0;
    const write = () => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(dir + '/f' + i, 'x');
      if (++i < 150) setTimeout(write, 5);
      else fs.writeFileSync(dir + '/done', 'x');
    };
    write();`;
  const main = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(helper)}], { stdio: 'ignore' }).unref();`;
  const child = spawn(process.execPath, ['-e', main], { detached: true, stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid!)));
}

describe("the playground's profile cleanup", () => {
  it('reads the main process from the SingletonLock link, and null without one', () => {
    const profile = mkdtempSync(join(tmpdir(), 'muffin-profile-test-'));
    expect(chromiumPid(profile)).toBeNull();
    symlinkSync('myhost-4242', join(profile, 'SingletonLock'));
    expect(chromiumPid(profile)).toBe(4242);
    rmSync(profile, { recursive: true });
  });

  it('waits until every process of the browser has exited, then removes the whole profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'muffin-profile-test-'));
    writeFileSync(join(profile, 'Preferences'), '{}');
    const pid = await closingBrowser(profile);
    // The main process is gone, its helper is not: this is the moment the old cleanup failed.
    expect(processGroupAlive(pid)).toBe(true);
    const removal = await removeProfileAfterExit(profile, pid);
    expect(removal).toEqual({ removed: true });
    expect(processGroupAlive(pid)).toBe(false);
    expect(existsSync(profile)).toBe(false);
  });

  it('retries while the folder is still being written, and succeeds', async () => {
    let calls = 0;
    const rm = () => {
      calls++;
      if (calls < 3) throw errno('ENOTEMPTY');
    };
    expect(await removeDirectory('/tmp/p', { rm, retryMs: 1 })).toEqual({ removed: true });
    expect(calls).toBe(3);
  });

  it('gives up with the reason instead of throwing, at once for an error a retry cannot cure', async () => {
    let calls = 0;
    const busy = () => {
      calls++;
      throw errno('ENOTEMPTY');
    };
    expect(await removeDirectory('/tmp/p', { rm: busy, retryMs: 1, attempts: 4 })).toEqual({ removed: false, reason: "ENOTEMPTY: directory not empty, rmdir '/tmp/p/Default'" });
    expect(calls).toBe(4);
    calls = 0;
    const denied = () => {
      calls++;
      throw errno('EACCES');
    };
    expect(await removeDirectory('/tmp/p', { rm: denied, retryMs: 1 })).toMatchObject({ removed: false });
    expect(calls).toBe(1);
  });

  it('says the browser was still running when it outlives the wait and the profile cannot go', async () => {
    // This test's own process stands for a browser that never exits.
    const stuck = () => {
      throw errno('ENOTEMPTY');
    };
    const removal = await removeProfileAfterExit('/tmp/p', process.pid, { limitMs: 0, attempts: 1, rm: stuck });
    expect(removal).toEqual({ removed: false, reason: `Chromium (process ${process.pid}) was still running; ENOTEMPTY: directory not empty, rmdir '/tmp/p/Default'` });
  });
});
