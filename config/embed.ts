/**
 * Builds the embed's scripts (src/embed/vite.config.ts) as part of Astro: before `astro build`
 * copies `public/`, and when `astro dev` starts, again whenever a file under `src/` changes, so
 * that the dev server never serves a stale or missing embed. `npm run build:embed` runs the same
 * build alone.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { embedConfig, embedModes } from '../src/embed/vite.config.ts';

export async function buildEmbed(): Promise<void> {
	for (const mode of embedModes) await build(embedConfig(mode));
}

const sources = fileURLToPath(new URL('../src/', import.meta.url));

export function embedBuild(): AstroIntegration {
	return {
		name: 'aliexpress-help:embed',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				await buildEmbed();
				logger.info('built the embed into public/embed/');
			},
			'astro:server:setup': async ({ server, logger }) => {
				await buildEmbed();
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.on('change', (file) => {
					if (!file.startsWith(sources)) return;
					clearTimeout(timer);
					timer = setTimeout(() => {
						buildEmbed().then(
							() => logger.info('rebuilt the embed'),
							(error: unknown) => logger.error(`embed build failed: ${String(error)}`)
						);
					}, 300);
				});
			},
		},
	};
}
