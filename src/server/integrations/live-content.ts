import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content/content-root';

/**
 * `astro dev` shows an edit to a data file (content/data/) without a restart. Astro reloads only
 * the collection whose file changed, and keeps each story's compiled MDX; but a story's steps are
 * checked against the data as they are compiled (remark-story-components.ts), and other
 * collections name ids from the changed file. So on a data change: recompile the stories and load
 * every collection again (the schemas read the current ids, see server/schemas/live-file.ts), then
 * reload the page. A mistake fixed in the data thus clears the error it caused in the story.
 */
export function liveContent(): AstroIntegration {
  return {
    name: 'live-content',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const dataDir = resolve(contentRoot, 'data') + sep;
        const reload = async () => {
          for (const environment of Object.values(server.environments)) {
            for (const module of environment.moduleGraph.idToModuleMap.values()) {
              if (module.file?.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
            }
          }
          await refreshContent?.({});
          server.ws.send({ type: 'full-reload' });
        };
        // Astro reloads the content config on each saved data file, and skips a content reload
        // asked for meanwhile; so wait for a burst of saves (a find-and-replace in several files) to end.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          if (!resolve(file).startsWith(dataDir)) return;
          clearTimeout(timer);
          // A mistake in the data stops the reload; say it as it is, without a stack.
          timer = setTimeout(
            () =>
              reload().catch((error: unknown) =>
                logger.error(error instanceof Error ? error.message : String(error)),
              ),
            400,
          );
        };
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, onChange);
      },
    },
  };
}
