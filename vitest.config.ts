import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests build and serve the site; they run in their own project (see npm test).
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
