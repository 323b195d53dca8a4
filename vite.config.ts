/**
 * Builds the Unknot web app (Vite root src/web, output dist/web): Preact, the search index made at
 * build time from the same content and MiniSearch options the server uses, and a Workbox service
 * worker that precaches the shell, every route chunk, the content and the index for offline use.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT } from './src/core/content/index.js';
import { buildContentIndex, serialiseIndex } from './src/core/search/index.js';

const VIRTUAL_INDEX = 'virtual:unknot-search-index';
const RESOLVED_INDEX = `\0${VIRTUAL_INDEX}`;

/**
 * Serves the serialised search index as a module of its own, so the browser loads it with a
 * dynamic import only when a person starts to search, and Workbox precaches it like any chunk.
 * The index is rebuilt from source on every build; in dev, content edits reload it.
 */
function searchIndexPlugin(): Plugin {
  return {
    name: 'unknot-search-index',
    resolveId(id) {
      return id === VIRTUAL_INDEX ? RESOLVED_INDEX : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_INDEX) return undefined;
      const json = serialiseIndex(buildContentIndex(CONTENT));
      return `export default ${JSON.stringify(json)};`;
    },
  };
}

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  publicDir: 'public',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Keeps the browser bundle free of inline data: URLs, which a strict CSP would refuse.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  plugins: [
    preact(),
    searchIndexPlugin(),
    VitePWA({
      // Registered from our own module (src/web/sw-register.ts), never an inline script.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Unknot',
        short_name: 'Unknot',
        description:
          'Calm, sourced help to get through a back spasm and make the next one less likely. General information, not a substitute for professional care.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1c5763',
        background_color: '#f6f7f4',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
});
