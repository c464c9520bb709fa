import { defineConfig } from 'vitest/config';

// Unit tests of the plain TypeScript modules (outbox, map coordinates, form errors); the pages are
// covered end to end by Playwright (e2e/).
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
