import { INestApplication } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (pages, API, OpenAPI page). The content policy allows only this origin's own
 * scripts: the built pages and Swagger UI load theirs from files. Inline styles stay allowed because Swagger UI and
 * React style attributes use them. HSTS and the upgrade of insecure requests only once the platform is served over
 * TLS (PUBLIC_URL https): on plain HTTP they would lock a browser out of a development host.
 */
export function useSecurityHeaders(app: INestApplication, publicUrl: string): void {
  const tls = publicUrl.startsWith('https:');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          ...(tls ? { 'upgrade-insecure-requests': [] } : {}),
        },
      },
      strictTransportSecurity: tls ? { maxAge: 31536000, includeSubDomains: true } : false,
      // Files opened from blob: URLs (CVs) and the certificate PDF are same-origin; nothing is embedded elsewhere.
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
}

/**
 * API answers hold personal data (profiles, CVs, evaluations): no browser or proxy keeps them, so a shared computer
 * shows nothing after log-out. Nothing is revalidated either, so no ETag is hashed over each answer. A route may
 * still set its own Cache-Control.
 */
export function useNoStoreApi(app: INestApplication, apiPrefix: string): void {
  const express = app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void };
  express.set('etag', false);
  app.use(`/${apiPrefix}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
}
