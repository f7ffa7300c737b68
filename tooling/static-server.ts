/**
 * A small static file server for dist/ on a free local port, as a static host serves it:
 * `/x/` → `/x/index.html`, a 404 page for the rest, the headers of `public/_headers`, and gzip
 * for text, scripts and WebAssembly when the browser accepts it (Lighthouse weighs what travels).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** What hosts compress: text, scripts, JSON, SVG, WebAssembly (Pagefind's index is compressed already). */
const compressible = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

function gzipped(file: string): Buffer {
	const { mtimeMs } = statSync(file);
	const cached = gzipCache.get(file);
	if (cached?.mtimeMs === mtimeMs) return cached.body;
	const body = gzipSync(readFileSync(file));
	gzipCache.set(file, { mtimeMs, body });
	return body;
}

/**
 * Rules of a Netlify/Cloudflare-style `_headers` file: a path pattern (`*` splats, `:name`
 * placeholders for one segment), then indented headers.
 */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:[A-Za-z]\w*/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else if (rules.length) {
			const at = line.indexOf(':');
			rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${path}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
			if (!existsSync(file)) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
				return;
			}
		}
		for (const rule of rules) {
			if (rule.pattern.test(url.pathname))
				for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		if (compressible.test(type)) res.setHeader('vary', 'accept-encoding');
		if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			const body = gzipped(file);
			res.writeHead(status, {
				'content-type': type,
				'content-encoding': 'gzip',
				'content-length': body.length,
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.writeHead(status, { 'content-type': type });
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
