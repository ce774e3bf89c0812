/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy shipped with the built app. Scripts only from our origin (no inline
 * or eval), no network but our own origin, no plugins, no <base>. Inline style attributes stay
 * allowed: React sets colours through them. Added at build time only: the dev server injects an
 * inline script for hot reload.
 */
export const CSP = [
  "default-src 'self'",
  // The sentence model's WebAssembly runs in the evidence worker, which this page policy does not
  // cover; a server sending this policy as a header must add 'wasm-unsafe-eval' for the worker, or
  // suggestions fall back to words (and say so).
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // ws:/wss: for the team sync server the user connects a shared dossier to (nothing else).
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'corroborate-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // Prompt, not autoUpdate: an update never reloads the page under a fact-checker's unsaved edit.
      registerType: 'prompt',
      // Registered from our own module (src/app/UpdatePrompt.tsx), so index.html has no inline script.
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Corroborate — claim-verification workbench',
        short_name: 'Corroborate',
        description: 'Mark claims in news articles, link evidence across sources, export verdict sheets.',
        theme_color: '#1e293b',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest is added by the plugin itself; listing it here would precache it twice.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,bin}'],
        // The word vectors (3.2 MB) are precached with the app, so suggestions match by meaning offline.
        // The sentence model (23 MB) and its runtime (15 MB) are not: the evidence worker fetches them
        // when the app is idle and keeps them in Cache Storage once they have loaded (resources.ts).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // React, Dexie, TanStack and MiniSearch make one ~160 kB (gzip) bundle, precached by the service
  // worker; dialogs used now and then are split off.
  build: { chunkSizeWarningLimit: 600 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    globalSetup: ['src/testing/vitest-global-setup.ts'],
  },
});
