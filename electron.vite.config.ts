import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The review .docx reader runs in a worker thread (electron/services/review/docxRead/isolatedRead.ts),
      // which loads docxWorker.js from beside the bundle.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), docxWorker: resolve(__dirname, 'electron/services/review/docxRead/docxWorker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file: bundle everything (zod included), emit .cjs.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
