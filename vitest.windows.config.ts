import { defineConfig } from 'vitest/config';

// The Windows suite: Shopfloor's Windows code run by the official Windows node.exe under Wine
// (`npm run test:windows`; .ci/run installs Wine). It is not part of `npm test`, which needs no Wine.
export default defineConfig({
  test: {
    include: ['test/windows/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
