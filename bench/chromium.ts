/**
 * A Chromium for Lighthouse: the tests' executable and flags, a fresh profile, and a DevTools
 * port that Lighthouse connects to.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../tooling/browser';

export interface DebuggableChromium {
	port: number;
	close(): Promise<void>;
}

export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
	const profile = mkdtempSync(join(tmpdir(), 'aliexpress-help-bench-'));
	const args = [
		...chromiumArgs,
		'--remote-debugging-port=0',
		`--user-data-dir=${profile}`,
		'about:blank',
	];
	const chrome = spawn(findChromium(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
	const port = await new Promise<number>((resolve, reject) => {
		let output = '';
		chrome.stderr.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
			if (found) resolve(Number(found[1]));
		});
		chrome.once('exit', (code) => {
			reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${output}`));
		});
	});
	return {
		port,
		async close() {
			const exited = new Promise((resolve) => chrome.once('exit', resolve));
			chrome.kill();
			await exited;
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
