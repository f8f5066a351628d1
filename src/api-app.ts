import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiModule } from './api.module';
import { AppConfig } from './config/app-config';
import { ProblemDetails } from './common/errors/problem-details';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { useNoStoreApi, useSecurityHeaders } from './common/http/security-headers';
import { JsonDepthPipe } from './common/validation/json-depth.pipe';
import { requestValidationPipe } from './common/validation/request-validation.pipe';
import { serveWebPages } from './web/web-pages';

/** Every API route starts with /api; pages own the other paths. */
export const API_PREFIX = 'api';

/** Builds the HTTP application exactly as production runs it; tests call this too. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    logger: loggerLevels(config.logLevel),
  });
  app.disable('x-powered-by');
  useSecurityHeaders(app, config.publicUrl);
  useNoStoreApi(app, API_PREFIX);
  // The API lives under /api; every other path belongs to the web pages (src/web).
  app.setGlobalPrefix(API_PREFIX);
  serveWebPages(app, API_PREFIX);
  // Behind a reverse proxy, req.ip is the client's address only for the proxies trusted here (TRUST_PROXY).
  app.set('trust proxy', config.http.trustProxy);
  // JSON bodies are small forms; files arrive as multipart on their own routes with their own limit.
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new JsonDepthPipe(), requestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (config.http.apiDocs) serveApiDocs(app);
  return app;
}

/** The OpenAPI page and document (API_DOCS; off by default in production, where it maps the attack surface). */
function serveApiDocs(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SEMSEM-stages API')
      .setDescription('Internship offers, student requests, guided search of profiles and the SEMSEM-stages label.')
      .setVersion('0.1.0')
      .addServer(`/${API_PREFIX}`)
      .addBearerAuth()
      .build(),
    // Paths are written without the prefix; the server entry carries it (the web client's base URL).
    { extraModels: [ProblemDetails], ignoreGlobalPrefix: true },
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}

export function loggerLevels(level: AppConfig['logLevel']): Array<AppConfig['logLevel']> {
  const order: Array<AppConfig['logLevel']> = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  return order.slice(0, order.indexOf(level) + 1);
}
