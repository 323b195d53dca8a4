/**
 * Sends kept feedback when the app starts and whenever the device comes back online. The sending
 * code loads on demand, after the first page has painted.
 */
function flush(): void {
  import('./send.js')
    .then((m) => m.flushOutbox())
    .catch(() => {
      // Nothing to do: the feedback stays kept and the next start or `online` event tries again.
    });
}

export function startOutbox(): void {
  if (!('indexedDB' in window)) return;
  window.addEventListener('online', flush);
  window.addEventListener('load', () => setTimeout(flush, 1000), { once: true });
}
