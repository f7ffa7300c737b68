/** `npm run build:embed`: every script of the embed (see src/embed/vite.config.ts), in one process. */
import { build } from 'vite';
import { embedConfig, embedModes } from '../src/embed/vite.config.ts';

// A production bundle even when started from the tests (Vitest sets NODE_ENV=test, which would
// keep development-only code in Preact and the engine's bundle).
process.env.NODE_ENV = 'production';
for (const mode of embedModes) await build(embedConfig(mode));
