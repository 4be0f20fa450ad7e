import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium and one preview server are shared; run the files one after another.
          fileParallelism: false,
          // Sized for a test that runs several builds on a busy machine (npm run test:stress): a
          // hang still fails, a slow build does not.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // State that changes after an action is awaited with expect.poll, never read once: a busy
          // machine may take seconds to redraw. No retries: a test that needs one is a defect.
          retry: 0,
          expect: { poll: { timeout: 15_000, interval: 50 } },
        },
      },
    ],
  },
});
