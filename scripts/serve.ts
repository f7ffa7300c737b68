/**
 * `npm start` serves the build the way a static host does: `/fr` goes to `/fr/`, `_headers` is
 * sent, a missing page gets the 404 page (`astro preview` answers 404 without the slash).
 */
import { serveStatic } from '../tooling/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const site = await serveStatic(new URL('../dist/', import.meta.url).pathname, port);
console.log(`AliExpress Help: ${site.origin.replace('127.0.0.1', 'localhost')}/`);
