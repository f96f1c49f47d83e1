// The playground's throwaway Chromium profile, removed only once the browser is really gone. Chromium's
// helper processes (network, storage, GPU) outlive the main one by a second or so and keep writing into
// the profile; removing it while they do fails with ENOTEMPTY on `Default`. They all share the main
// process's group (Playwright starts it detached), so the group going empty is the moment to remove it.
import { readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The main Chromium process, from the "host-pid" link Chromium keeps in its profile while it runs. */
export function chromiumPid(profile: string): number | null {
  try {
    const pid = Number(readlinkSync(join(profile, 'SingletonLock')).split('-').pop());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether the process, or any process in its group, is still running (EPERM: it runs as someone else). */
export function processGroupAlive(pid: number): boolean {
  for (const target of [pid, -pid]) {
    try {
      process.kill(target, 0);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM') return true;
    }
  }
  return false;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves true once no process of the group is left, or false if one still runs after `limitMs`. */
export async function waitForProcessGroupExit(pid: number, { pollMs = 50, limitMs = 30_000 } = {}): Promise<boolean> {
  for (const end = Date.now() + limitMs; processGroupAlive(pid); ) {
    if (Date.now() > end) return false;
    await pause(pollMs);
  }
  return true;
}

/** Errors a second try can cure: something was still writing, or held a file open. */
const TRANSIENT = new Set(['ENOTEMPTY', 'EBUSY', 'EPERM', 'EMFILE', 'ENFILE']);

export type Removal = { removed: true } | { removed: false; reason: string };

/** Removes a directory tree, retrying transient errors; never throws, says why when it could not. */
export async function removeDirectory(dir: string, { attempts = 10, retryMs = 200, rm = rmSync } = {}): Promise<Removal> {
  for (let attempt = 1; ; attempt++) {
    try {
      rm(dir, { recursive: true, force: true });
      return { removed: true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || attempt >= attempts) return { removed: false, reason: error instanceof Error ? error.message : String(error) };
      await pause(retryMs);
    }
  }
}

/**
 * After the browser closed (or while closing it): waits for every Chromium process of this profile to
 * exit, then removes the profile. `pid` is read while the browser ran (chromiumPid): the link is gone after.
 */
export async function removeProfileAfterExit(
  profile: string,
  pid: number | null,
  { limitMs, ...removeOptions }: { limitMs?: number } & Parameters<typeof removeDirectory>[1] = {},
): Promise<Removal> {
  const exited = pid === null || (await waitForProcessGroupExit(pid, { limitMs }));
  const removal = await removeDirectory(profile, removeOptions);
  if (removal.removed || exited) return removal;
  return { removed: false, reason: `Chromium (process ${pid}) was still running; ${removal.reason}` };
}
