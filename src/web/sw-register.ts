/**
 * Registers the Workbox service worker built by vite-plugin-pwa, so every Learn page and search
 * keep working offline after one visit. Only in a production build: the dev server has none.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Offline support is a bonus: the app works online without it, so a refusal stays quiet.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
