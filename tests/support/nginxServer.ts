import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './buildSite.ts';

/** Debian's nginx, or NGINX_PATH. */
export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const nginxPresent = existsSync(NGINX);

/** Where the repository's nginx files expect dist/ (see `nginx/*.conf`). */
const DEPLOYED_DIST = '/var/www/qusayr/dist';

/** A running nginx; `origin` is `http://127.0.0.1:PORT`. */
export interface NginxServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Runs Debian's nginx on one of the repository's server files (`nginx/<file>`) as a reader's host
 * would, changing only what a deployment changes: the port it listens on and where dist/ is.
 * Everything nginx writes goes to a folder of its own, removed on close.
 */
export async function startNginx(serverFile: string, distDir: string): Promise<NginxServer> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const server = (await readFile(path.join(REPO, 'nginx', serverFile), 'utf8'))
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll(DEPLOYED_DIST, path.resolve(distDir));
  await mkdir(path.join(prefix, 'snippets'));
  await copyFile(path.join(REPO, 'nginx', 'qusayr-headers.conf'), path.join(prefix, 'snippets', 'qusayr-headers.conf'));
  await writeFile(path.join(prefix, 'site.conf'), server);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`);
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    [
      // As root, nginx's workers would run as nobody, who cannot read a test's private build folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      '  include site.conf;',
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, () => stderr);
  return {
    origin,
    async close() {
      child.kill('SIGQUIT');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitUntilServing(origin: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin}: ${stderr()}`);
}
