import { Client } from '@elastic/elasticsearch';
import { DataSource } from 'typeorm';
import { OFFERS_INDEX } from '../indexer/offers/offer-document';
import { AppConfig } from '../src/config/app-config';
import { OfferMatcherService } from '../src/matched-offers/offer-matcher.service';
import { IndexNames } from '../src/elasticsearch/index-names';
import { generateOffers } from './generate-offers';
import { LoadPoint, LoadRequest, runLoad } from './load-test';
import { waitForQuietMachine } from './process-cpu';
import { LatencySummary, round, summarize } from './stats';

/** How many offers the request → offers matching runs against (the figure). */
export const MATCHING_OFFERS = 10_000;
const SAMPLED_REQUESTS = 50;
const CANDIDATE_OFFERS = 8;
const CANDIDATE_CONNECTIONS = [1, 8];
/** Offers whose first page is compared between the configured window and one twice as wide. */
const FIDELITY_OFFERS = 100;
const PAGE = 20;

/**
 * Whether the first pass picks the window well: the first page of candidates with the configured MATCHING_WINDOW
 * against the first page with a window twice as wide (a second API), for the same offers at the same moment.
 */
export interface WindowFidelity {
  offers: number;
  window: number;
  wider: number;
  /** Offers whose first page is the same, in the same order. */
  samePage: number;
  /** Share (0..1) of the wider window's first-page candidates that the configured window's first page holds. */
  overlap: number;
}

export interface MatchingMeasure {
  offers: { count: number; writeMs: number; indexMs: number };
  /**
   * GET /offers/:id/candidates through the API (first page of 20, with facets and the why of each), and the guided
   * search mix at one connection run just before it (absent from older results): the two p95 are compared at the
   * same moment of the run, not minutes apart under a different background load.
   */
  candidates: { offers: number; points: LoadPoint[]; searchBeside?: LoadPoint };
  /** One request matched against the offers index, as the worker does it (query, why, recording), rolled back. */
  requestMatching: { requests: number; latency: LatencySummary; meanMatches: number };
  /** Absent from older results. */
  windowFidelity?: WindowFidelity;
}

export interface MatchingContext {
  dataSource: DataSource;
  client: Client;
  indexPrefix: string;
  apiUrl: string;
  contactToken: string;
  seed: number;
  loadSeconds: number;
  offers?: number;
  /** The guided search mix as API requests: measured at one connection right before the candidates. */
  searchRequests: LoadRequest[];
  /** The settings the API runs with: the matching scores with their MATCHING_* weights. */
  config: AppConfig;
  /** Starts a second API on the same data with another MATCHING_WINDOW (stopped by the caller of `stop`). */
  apiWithWindow: (window: number) => Promise<{ url: string; stop: () => Promise<void> }>;
}

export async function measureMatching(context: MatchingContext): Promise<MatchingMeasure> {
  const names = new IndexNames(context.indexPrefix);
  const generated = await generateOffers(context.dataSource, context.client, names.alias(OFFERS_INDEX), {
    count: context.offers ?? MATCHING_OFFERS,
    seed: context.seed,
  });

  const requests: LoadRequest[] = generated.ids.slice(0, CANDIDATE_OFFERS).map((id) => ({
    kind: 'candidates',
    method: 'GET',
    path: `/api/offers/${id}/candidates?limit=20`,
    headers: { authorization: `Bearer ${context.contactToken}` },
  }));
  const target = { name: 'candidates', url: context.apiUrl, requests };
  await runLoad(target, 2, Math.min(3, context.loadSeconds)); // warm-up, not recorded
  const points: LoadPoint[] = [];
  // A candidates list takes longer than a search: a point shorter than a few answers measures nothing (--quick).
  const seconds = Math.max(context.loadSeconds, 5);
  const search = { name: 'guided search beside the candidates', url: context.apiUrl, requests: context.searchRequests };
  await waitForQuietMachine();
  const searchBeside = await runLoad(search, 1, seconds);
  for (const connections of CANDIDATE_CONNECTIONS) {
    await waitForQuietMachine();
    points.push(await runLoad(target, connections, seconds));
  }

  const matcher = new OfferMatcherService(context.client, names, context.config);
  const sample: Array<{ id: string }> = await context.dataSource.query(
    `SELECT id FROM internship_requests WHERE status = 'published' AND visible_to_companies ORDER BY id LIMIT $1`,
    [SAMPLED_REQUESTS],
  );
  const times: number[] = [];
  let matches = 0;
  for (const { id } of sample) {
    const runner = context.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const started = performance.now();
      matches += await matcher.matchRequest(runner.manager, id);
      times.push(performance.now() - started);
    } finally {
      // Measured, not kept: the bench leaves no matches (and sends no digest) behind.
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  const windowFidelity = await measureWindowFidelity(context, generated.ids.slice(0, FIDELITY_OFFERS));
  return {
    offers: { count: generated.offers, writeMs: generated.writeMs, indexMs: generated.indexMs },
    candidates: { offers: requests.length, points, searchBeside },
    windowFidelity,
    requestMatching: {
      requests: times.length,
      latency: summarize(times),
      meanMatches: round(matches / Math.max(1, times.length), 1),
    },
  };
}

async function measureWindowFidelity(context: MatchingContext, offerIds: string[]): Promise<WindowFidelity> {
  const window = context.config.matching.window;
  const wider = await context.apiWithWindow(window * 2);
  try {
    let samePage = 0;
    let shared = 0;
    let listed = 0;
    for (const id of offerIds) {
      const [own, wide] = await Promise.all([
        firstPage(context.apiUrl, id, context.contactToken),
        firstPage(wider.url, id, context.contactToken),
      ]);
      if (own.join() === wide.join()) samePage += 1;
      shared += wide.filter((requestId) => own.includes(requestId)).length;
      listed += wide.length;
    }
    return {
      offers: offerIds.length,
      window,
      wider: window * 2,
      samePage,
      overlap: listed > 0 ? round(shared / listed, 4) : 1,
    };
  } finally {
    await wider.stop();
  }
}

async function firstPage(apiUrl: string, offerId: string, token: string): Promise<string[]> {
  const response = await fetch(`${apiUrl}/api/offers/${offerId}/candidates?limit=${PAGE}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`candidates of ${offerId}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { items: Array<{ requestId: string }> };
  return body.items.map((item) => item.requestId);
}
