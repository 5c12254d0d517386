import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));
const api = process.env.SUANLI_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@suanli/domain': lib('domain'),
      '@suanli/allocation': lib('allocation'),
      // Only the tag dictionary of libs/matching: the solvers (HiGHS, munkres) stay on the server.
      '@suanli/matching/tags': fileURLToPath(new URL('../../libs/matching/src/scoring/tags.ts', import.meta.url)),
    },
  },
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: { '/graphql': { target: api, changeOrigin: true, ws: true } },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1600,
  },
});
