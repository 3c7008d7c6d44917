import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';

const guard = new URL('./loopback-only.mjs', import.meta.url).href;

/** Runs `script` in a Node process with the guard preloaded; returns its stdout and stderr. */
async function underGuard(script: string): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [`--import=${guard}`, '--input-type=module', '-e', script], {
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data) => {
    stdout += data;
  });
  child.stderr.on('data', (data) => {
    stderr += data;
  });
  await new Promise((resolve) => child.on('exit', resolve));
  return { stdout, stderr };
}

// The examples' "nothing left the machine" checks are only as good as this guard.
describe('test/frameworks/loopback-only.mjs', () => {
  it('refuses fetch, http, https, net and DNS beyond loopback before anything is sent', async () => {
    const { stdout, stderr } = await underGuard(`
      import dns from 'node:dns';
      import http from 'node:http';
      import https from 'node:https';
      import net from 'node:net';
      const outcome = (what) => (error) => console.log(what, error ? 'failed' : 'succeeded');
      await fetch('https://generativelanguage.googleapis.com/').then(outcome('fetch'), outcome('fetch'));
      await new Promise((done) => http.get('http://169.254.169.254/').on('error', (e) => done(outcome('http')(e))));
      await new Promise((done) => https.get('https://oauth2.googleapis.com/').on('error', (e) => done(outcome('https')(e))));
      await new Promise((done) => net.connect(443, '192.0.2.1').on('error', (e) => done(outcome('net')(e))));
      await new Promise((done) => dns.lookup('googleapis.com', (e) => done(outcome('dns')(e))));
      await dns.promises.lookup('googleapis.com').then(outcome('dns.promises'), outcome('dns.promises'));
    `);
    expect(stdout.trim().split('\n')).toEqual([
      'fetch failed',
      'http failed',
      'https failed',
      'net failed',
      'dns failed',
      'dns.promises failed',
    ]);
    expect(stderr.trim().split('\n')).toEqual([
      'loopback-only: refused a connection to generativelanguage.googleapis.com:443',
      'loopback-only: refused a connection to 169.254.169.254:80',
      'loopback-only: refused a connection to oauth2.googleapis.com:443',
      'loopback-only: refused a connection to 192.0.2.1:443',
      'loopback-only: refused a DNS lookup of googleapis.com',
      'loopback-only: refused a DNS lookup of googleapis.com',
    ]);
  });

  it('lets loopback through', async () => {
    const server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const { stdout, stderr } = await underGuard(
        `console.log(await (await fetch('http://127.0.0.1:${port}/')).text());`,
      );
      expect(stderr).toBe('');
      expect(stdout).toBe('ok\n');
    } finally {
      server.close();
    }
  });
});
