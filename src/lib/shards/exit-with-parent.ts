/**
 * End this process once process `owner` is no longer its parent. An Astro run started by the build
 * script calls it from astro.config.mjs: if the script is killed (SIGKILL included), the run stops
 * too, rather than write on into a folder the next build will use.
 */
export function exitWithParent(owner: number, every = 500): void {
  const timer = setInterval(() => {
    if (process.ppid !== owner) process.exit(1);
  }, every);
  timer.unref();
}
