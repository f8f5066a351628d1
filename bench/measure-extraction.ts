import { Client } from '@elastic/elasticsearch';
import { JwtService } from '@nestjs/jwt';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { renderCvPdf } from '../src/demo/cv-pdf.writer';
import { sampleCv } from '../test/support/pdf-fixtures';
import { CPU_GROUPS, cpuPerAnswer, CpuPerAnswer, readCpuTicks } from './process-cpu';
import { MemoryPeak, MemorySampler } from './process-memory';
import { LatencySummary, round, summarize } from './stats';

export interface ExtractionMeasure {
  pdfs: number;
  /** Mean size of the CVs sent, in kB. */
  pdfKb: number;
  /** Uploads in flight at once during the burst. */
  uploadConnections: number;
  /** The burst: first upload sent → last upload accepted (201). */
  uploadSeconds: number;
  uploadsPerSecond: number;
  /** Documents whose text was read (by status), first upload stored → last text stored, and the rate. */
  statuses: Record<string, number>;
  extractionSeconds: number;
  pdfsPerSecond: number;
  /** Upload accepted (the CV is on the published request) → a search on the alias finds the CV's words, per CV. */
  searchableMs: LatencySummary;
  /** CVs whose text no search found before the bench gave up waiting. */
  unseen: number;
  /**
   * Where the wait goes, per CV, from the stored timestamps (the worker's and Postgres's, one machine's clock): what
   * the search sync adds after the reader (then a refresh). Absent from results written before it was measured.
   */
  stages?: ExtractionStages;
  /** The machine's CPU from the first upload to the last CV found, per CV, by process group (absent before). */
  cpuPerPdf?: CpuPerAnswer;
  /** Load averages (1, 5, 15 min, as `uptime` prints them) when the burst began and when the last CV was found. */
  loadAverage: { start: number[]; end: number[] };
  memory: Record<string, MemoryPeak>;
}

export interface ExtractionStages {
  /** Upload stored → text stored (the reader's queue and the read itself). */
  textStoredMs: LatencySummary;
  /** Text stored → the search sync's pass that takes the change begins (its wait for the sync). */
  syncTakenMs: LatencySummary;
}

export interface ExtractionContext {
  dataSource: DataSource;
  client: Client;
  alias: string;
  apiUrl: string;
  jwtSecret: string;
  pdfs: number;
  seed: number;
  processes: Record<string, number>;
}

const UPLOAD_CONNECTIONS = 16;
const POLL_MS = 250;
/** Give up on the CVs not found once no new one has been found for this long. */
const STALL_MS = 180_000;
const SEARCH_CHUNK = 500;

/**
 * A burst of CV uploads through the API to published, visible requests (one realistic one-page CV each, with a
 * word of its own), then the real worker reads each PDF and the search sync indexes its text. Measures the PDFs
 * read per second and, per CV, the time from its upload being accepted to a search on the alias finding its word.
 */
export async function measureExtraction(context: ExtractionContext): Promise<ExtractionMeasure> {
  const targets = await pickRequests(context.dataSource, context.pdfs);
  if (targets.length < context.pdfs) {
    throw new Error(
      `only ${targets.length} published visible requests for ${context.pdfs} PDFs: generate more (--size)`,
    );
  }
  const tokens = await studentTokens(context.dataSource, context.jwtSecret, [
    ...new Set(targets.map((target) => target.studentId)),
  ]);
  const cvs = await Promise.all(
    targets.map(async (target, i) => {
      const word = `cvbench${context.seed}n${i}`;
      const pdf = await renderCvPdf({ ...sampleCv, fullName: target.name, skills: [...sampleCv.skills, word] });
      return { ...target, word, pdf };
    }),
  );

  const sampler = new MemorySampler(context.processes).start();
  const cpuAtStart = readCpuTicks(context.processes);
  const loadAtStart = loadavg().map((value) => round(value));
  const accepted = new Map<string, { word: string; at: number }>();
  const latencies: number[] = [];
  const documentIds: string[] = [];
  let uploading = true;
  let lastFound = performance.now();

  const poller = (async () => {
    for (;;) {
      await sleep(POLL_MS);
      if (accepted.size === 0) {
        if (!uploading) return;
        continue;
      }
      if (!uploading && performance.now() - lastFound > STALL_MS) return;
      const pending = [...accepted.entries()];
      for (let start = 0; start < pending.length; start += SEARCH_CHUNK) {
        const chunk = pending.slice(start, start + SEARCH_CHUNK);
        const response = await context.client.search({
          index: context.alias,
          size: chunk.length,
          _source: false,
          query: {
            bool: {
              filter: [{ ids: { values: chunk.map(([id]) => id) } }],
              must: [{ match: { cv_text: chunk.map(([, { word }]) => word).join(' ') } }],
            },
          },
        });
        const now = performance.now();
        for (const hit of response.hits.hits) {
          const waiting = accepted.get(hit._id!);
          if (!waiting) continue;
          latencies.push(now - waiting.at);
          accepted.delete(hit._id!);
          lastFound = now;
        }
      }
    }
  })();

  const burstStarted = performance.now();
  let next = 0;
  const uploader = async () => {
    while (next < cvs.length) {
      const cv = cvs[next++];
      const form = new FormData();
      form.append('kind', 'cv');
      form.append('file', new Blob([cv.pdf], { type: 'application/pdf' }), `CV ${cv.name}.pdf`);
      const response = await fetch(`${context.apiUrl}/api/requests/${cv.requestId}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.get(cv.studentId)}` },
        body: form,
      });
      if (response.status !== 201)
        throw new Error(`upload to request ${cv.requestId} answered ${response.status}: ${await response.text()}`);
      documentIds.push(((await response.json()) as { id: string }).id);
      accepted.set(cv.requestId, { word: cv.word, at: performance.now() });
    }
  };
  try {
    await Promise.all(Array.from({ length: UPLOAD_CONNECTIONS }, uploader));
  } finally {
    uploading = false;
  }
  const uploadSeconds = (performance.now() - burstStarted) / 1000;
  await poller;
  const cpuPerPdf = cpuPerAnswer(cpuAtStart, readCpuTicks(context.processes), cvs.length);
  const loadAtEnd = loadavg().map((value) => round(value));
  const memory = sampler.stop();

  const rows: Array<{ status: string; count: string }> = await context.dataSource.query(
    `SELECT text_status AS status, count(*) AS count FROM documents WHERE id = ANY($1::uuid[]) GROUP BY text_status`,
    [documentIds],
  );
  const statuses = Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  const [span]: Array<{ seconds: string | null }> = await context.dataSource.query(
    `SELECT extract(epoch FROM max(text_extracted_at) - min(created_at)) AS seconds FROM documents WHERE id = ANY($1::uuid[])`,
    [documentIds],
  );
  const extractionSeconds = Number(span?.seconds ?? 0);
  const stages = await extractionStages(context.dataSource, documentIds);
  const read = Object.entries(statuses)
    .filter(([status]) => status !== 'pending')
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    pdfs: cvs.length,
    pdfKb: round(cvs.reduce((sum, cv) => sum + cv.pdf.length, 0) / cvs.length / 1024, 1),
    uploadConnections: UPLOAD_CONNECTIONS,
    uploadSeconds: round(uploadSeconds, 1),
    uploadsPerSecond: round(cvs.length / uploadSeconds, 1),
    statuses,
    extractionSeconds: round(extractionSeconds, 1),
    pdfsPerSecond: round(read / extractionSeconds, 2),
    searchableMs: summarize(latencies),
    unseen: accepted.size,
    stages,
    cpuPerPdf,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    memory,
  };
}

/**
 * Per document: upload → text stored, and text stored → the start of the search sync's pass that took the outbox
 * row the text wrote (the first one of its request from then on; `processed_at` is that pass's start).
 */
async function extractionStages(dataSource: DataSource, documentIds: string[]): Promise<ExtractionStages> {
  const rows: Array<{ stored_ms: number | null; taken_ms: number | null }> = await dataSource.query(
    `SELECT extract(epoch FROM d.text_extracted_at - d.created_at) * 1000 AS stored_ms,
            extract(epoch FROM o.processed_at - o.created_at) * 1000 AS taken_ms
       FROM documents d
       LEFT JOIN LATERAL (
         SELECT s.created_at, s.processed_at FROM search_outbox s
          WHERE s.entity_id = d.request_id AND s.created_at >= d.text_extracted_at - interval '50 milliseconds'
          ORDER BY s.created_at LIMIT 1) o ON true
      WHERE d.id = ANY($1::uuid[]) AND d.text_extracted_at IS NOT NULL`,
    [documentIds],
  );
  const present = (values: Array<number | null>) => values.filter((v): v is number => v !== null).map(Number);
  return {
    textStoredMs: summarize(present(rows.map((row) => row.stored_ms))),
    syncTakenMs: summarize(present(rows.map((row) => row.taken_ms))),
  };
}

/** Published requests visible to companies (so searchable), the newest first, with their student. */
async function pickRequests(
  dataSource: DataSource,
  count: number,
): Promise<Array<{ requestId: string; studentId: string; name: string }>> {
  return dataSource.query(
    `SELECT r.id AS "requestId", r.student_id AS "studentId", u.first_name || ' ' || u.last_name AS name
       FROM internship_requests r JOIN users u ON u.id = r.student_id
      WHERE r.status = 'published' AND r.visible_to_companies
      ORDER BY r.id LIMIT $1`,
    [count],
  );
}

/**
 * An access token per student, as a login issues it (a session row, then the signed claims): a thousand logins
 * would measure argon2 and the login rate limits, not the extraction.
 */
async function studentTokens(
  dataSource: DataSource,
  secret: string,
  studentIds: string[],
): Promise<Map<string, string>> {
  const sessions: Array<{ id: string; userId: string; email: string }> = await dataSource.query(
    `INSERT INTO sessions (user_id, expires_at)
     SELECT id, now() + interval '1 day' FROM users WHERE id = ANY($1::uuid[])
     RETURNING id, user_id AS "userId", (SELECT email FROM users WHERE users.id = sessions.user_id) AS email`,
    [studentIds],
  );
  const jwt = new JwtService();
  const tokens = new Map<string, string>();
  for (const session of sessions) {
    const claims = { sub: session.userId, sid: session.id, role: 'student', email: session.email };
    tokens.set(session.userId, await jwt.signAsync(claims, { secret, algorithm: 'HS256', expiresIn: 7200 }));
  }
  return tokens;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The extraction section of a report, in Markdown. */
export function extractionMarkdown(e: ExtractionMeasure): string[] {
  const statuses = Object.entries(e.statuses)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  const memory = Object.entries(e.memory)
    .map(([name, peak]) => `${name} ${peak.peakRssMb} MB`)
    .join(', ');
  const s = e.searchableMs;
  return [
    `${e.pdfs} one-page CVs (${e.pdfKb} kB on average) uploaded through the API to published requests, ${e.uploadConnections} at a time, ` +
      `in ${e.uploadSeconds} s (${e.uploadsPerSecond} uploads/s); load average (1, 5, 15 min) ${e.loadAverage.start.join(', ')} at the start, ` +
      `${e.loadAverage.end.join(', ')} at the end.`,
    '',
    '| PDFs read | first upload → last text stored (s) | PDFs/s | upload → searchable with CV text p50 (s) | p95 (s) | p99 (s) | max (s) | never found | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${statuses} | ${e.extractionSeconds} | ${e.pdfsPerSecond} | ${(s.p50 / 1000).toFixed(1)} | ${(s.p95 / 1000).toFixed(1)} | ` +
      `${(s.p99 / 1000).toFixed(1)} | ${(s.max / 1000).toFixed(1)} | ${e.unseen} | ${memory} |`,
    '',
    ...stagesMarkdown(e.stages),
    ...cpuMarkdown(e.cpuPerPdf),
  ];
}

/** Who spent the machine's CPU during the burst: the readers are in the worker, the indexing in the engine. */
function cpuMarkdown(cpu: CpuPerAnswer | undefined): string[] {
  if (!cpu) return [];
  return [
    "The machine's CPU from the first upload to the last CV found, per CV (ms; the worker holds the readers, the " +
      'search sync and the matching; the engine indexes and answers the matching and the polls):',
    '',
    `| ${CPU_GROUPS.join(' | ')} | all |`,
    `| ${CPU_GROUPS.map(() => '---').join(' | ')} | --- |`,
    `| ${CPU_GROUPS.map((group) => cpu[group]).join(' | ')} | ${round(CPU_GROUPS.reduce((sum, group) => sum + cpu[group], 0))} |`,
    '',
  ];
}

/** Where the wait went. */
function stagesMarkdown(stages: ExtractionStages | undefined): string[] {
  if (!stages) return [];
  const row = (label: string, l: LatencySummary) =>
    `| ${label} | ${l.count} | ${(l.p50 / 1000).toFixed(2)} | ${(l.p95 / 1000).toFixed(2)} | ${(l.max / 1000).toFixed(2)} |`;
  return [
    "Where the wait goes (stored timestamps; then the index refresh, at most 1 s, and the bench's poll every 250 ms):",
    '',
    '| stage | CVs | p50 (s) | p95 (s) | max (s) |',
    '| --- | --- | --- | --- | --- |',
    row('upload stored → text stored (reader queue + read)', stages.textStoredMs),
    row('text stored → taken by the search sync', stages.syncTakenMs),
    '',
  ];
}
