/**
 * Keeps the screen on while a session runs, where the browser offers the Wake Lock API. A lock is
 * lost whenever the page is hidden, so it is asked for again when the page is shown while the
 * session still runs; it is let go on pause and at the end.
 */

interface Sentinel {
  release(): Promise<void>;
  readonly released: boolean;
}

interface WakeLockApi {
  request(type: 'screen'): Promise<Sentinel>;
}

function api(): WakeLockApi | undefined {
  const nav = navigator as Navigator & { wakeLock?: WakeLockApi };
  return nav.wakeLock;
}

export interface ScreenLock {
  /** Wanted on (running) or off (paused, ended); requests or releases as needed. */
  want(on: boolean): void;
  dispose(): void;
}

export function screenLock(): ScreenLock {
  let wanted = false;
  let sentinel: Sentinel | undefined;
  let pending = false;

  const acquire = async () => {
    const wakeLock = api();
    if (wakeLock === undefined || pending || document.visibilityState !== 'visible') return;
    if (sentinel !== undefined && !sentinel.released) return;
    pending = true;
    try {
      const got = await wakeLock.request('screen');
      if (wanted) sentinel = got;
      else void got.release().catch(() => {});
    } catch {
      // Refused (battery saver, no permission): the session works without it.
    } finally {
      pending = false;
    }
  };

  const release = () => {
    const held = sentinel;
    sentinel = undefined;
    if (held !== undefined && !held.released) void held.release().catch(() => {});
  };

  const onVisibility = () => {
    if (wanted && document.visibilityState === 'visible') void acquire();
  };
  document.addEventListener('visibilitychange', onVisibility);

  return {
    want(on) {
      wanted = on;
      if (on) void acquire();
      else release();
    },
    dispose() {
      wanted = false;
      release();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
