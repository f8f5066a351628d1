import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// The pages are built into dist/web, which the API serves from its own origin (src/web/web-pages.ts).
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true, sourcemap: false },
  server: { port: 3101, proxy: { '/api': 'http://127.0.0.1:3100' } },
});
