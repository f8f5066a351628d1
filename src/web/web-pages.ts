import { INestApplication, Logger } from '@nestjs/common';
import { NextFunction, Request, Response, static as serveStatic } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let warned = false;

/**
 * Serves the built web pages (dist/web, written by `npm run build`) from the API's own origin.
 * Hashed assets are cached for good; every other GET outside /api that accepts HTML gets index.html,
 * so a link from an e-mail (/verify-email?token=…, /labels/CODE…) opens the page that handles it.
 */
export function serveWebPages(app: INestApplication, apiPrefix: string, root = findWebRoot()): void {
  const index = root ? join(root, 'index.html') : null;
  if (!root || !index || !existsSync(index)) {
    if (!warned)
      new Logger('web').warn('no built web pages (dist/web/index.html): run `npm run build`; the API still answers');
    warned = true;
    return;
  }
  const apiPath = `/${apiPrefix}`;
  const isApi = (path: string) => path === apiPath || path.startsWith(`${apiPath}/`);
  app.use('/assets', serveStatic(join(root, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApi(request.path) || !wantsPage(request)) {
      return next();
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
}

/** A browser navigation asks for text/html; API clients and asset requests do not. */
function wantsPage(request: Request): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/** dist/web next to the compiled code, found from this file whether it runs compiled (dist/src/web) or under ts-jest (src/web). */
function findWebRoot(): string | null {
  let dir = __dirname;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return resolve(dir, 'dist', 'web');
    dir = dirname(dir);
  }
  return null;
}
