// Build, dev-server and test configuration of the web UI that Tauri loads from ui/dist.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    // Keep every asset a separate file: the CSP forbids inline scripts and styles.
    assetsInlineLimit: 0,
    // Two pages: the app (index.html, inside Tauri) and the room's page (room.html, served to
    // phones by the laptop; no Tauri in it).
    // The room's entry has fixed names: the laptop's server writes the page that loads them.
    rollupOptions: {
      input: { main: 'index.html', room: 'room.html' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'room' ? 'assets/room.js' : 'assets/[name]-[hash].js'),
        assetFileNames: (asset) =>
          asset.names.includes('room.css') ? 'assets/room.css' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
