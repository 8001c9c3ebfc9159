import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit and service tests. Renderer component tests opt into happy-dom with a
// `// @vitest-environment happy-dom` line; everything else runs in plain Node.
export default defineConfig({
  root,
  test: {
    include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
