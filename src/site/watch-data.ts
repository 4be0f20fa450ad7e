// `npm run dev`: Astro reloads on content edits by itself; CSV, descriptor and ranking files
// under data/ are read by our own loaders, so watch them too and reload the page on a change
// (the loaders re-read a file whose modification time changed).
import type { AstroIntegration } from 'astro';

export function watchData(): AstroIntegration {
  return {
    name: 'bluebook:watch-data',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add('data/**/*');
        const reload = (file: string) => {
          if (!/[\\/]data[\\/]/.test(file)) return;
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
    },
  };
}
