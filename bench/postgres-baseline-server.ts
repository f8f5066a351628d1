import { createServer, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { ProfileSearchCriteria } from '../src/search/profile-search-criteria';
import { BaselineResponse, baselineSearch } from './postgres-baseline-query';
import { criteriaFromQuery } from './search-queries';

/**
 * The Postgres baseline behind HTTP, in a process of its own like the API, so the same load generator measures
 * both the same way. It answers GET /profiles/search with the API's query string. Deliberately lean (no
 * framework, no auth): any advantage this gives goes to the baseline.
 *   BASELINE_DATABASE_URL=… PORT=… node dist/bench/postgres-baseline-server.js
 */
const databaseUrl = process.env.BASELINE_DATABASE_URL;
const port = Number(process.env.PORT);
if (!databaseUrl || !port) {
  process.stderr.write('postgres-baseline-server: BASELINE_DATABASE_URL and PORT are required\n');
  process.exit(1);
}

// The API's pool size (src/database/data-source-options.ts): the same number of connections on each side. No query
// runs past the load generator's timeout (10 s; a second more so that the generator always gives up first): at 1M
// the queries of a 32-connection point used to run on for minutes and land on the next target's point.
const pool = new Pool({ connectionString: databaseUrl, max: 10, statement_timeout: 11_000 });

/** The search, unless the caller has gone while it waited for a connection (its timeout, or the point's end). */
async function answer(criteria: ProfileSearchCriteria, response: ServerResponse): Promise<BaselineResponse | null> {
  const client = await pool.connect();
  try {
    return response.destroyed ? null : await baselineSearch(client, criteria);
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' || url.pathname !== '/profiles/search') {
    response.writeHead(404).end();
    return;
  }
  answer(criteriaFromQuery(url.searchParams), response).then(
    (result) => {
      if (result) response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    },
    (error: Error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
    },
  );
});

server.listen(port, '127.0.0.1', () =>
  process.stdout.write(`postgres baseline listening on http://127.0.0.1:${port}\n`),
);

process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
