/**
 * Re-renders a countdown exactly when its shown second changes, and reads the clock at every
 * render: the display never counts ticks, so a throttled tab shows the right time when it wakes.
 */
import { useEffect, useState } from 'preact/hooks';

/** Date.now() for this render; while `endsAt` is set, one re-render per second of what is left. */
export function useCountdown(endsAt: number | undefined): number {
  const [, redraw] = useState(0);
  useEffect(() => {
    if (endsAt === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      redraw((n) => n + 1);
      const left = endsAt - Date.now();
      if (left <= 0) return;
      // Wake just as the remaining time crosses a whole second, so "8:00" shows at 8:00.
      timer = setTimeout(tick, left % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [endsAt]);
  return Date.now();
}
