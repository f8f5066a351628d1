import { DEPTH, K_NDCG, K_PRECISION, MatchedOffersScore, meanScores, RELEVANT_GRADE } from './judge-metrics';
import { OfferRow, RankerName, RANKERS } from './judge-run';

const LABELS: Record<RankerName, string> = {
  ranking: 'service ranking',
  bm25: 'BM25 full text',
  structured: 'structured only',
  bm25Structured: 'BM25 + sector/year/country',
};

const f = (value: number | null) => (value === null ? '–' : value.toFixed(3));

export function summaryTable(rows: readonly OfferRow[]): string {
  const lines = [
    `| ranker | nDCG@${K_NDCG} | P@${K_PRECISION} | unjudged in top ${DEPTH} |`,
    '| --- | --- | --- | --- |',
    ...RANKERS.map((name) => {
      const m = meanScores(rows.map((row) => row.scores[name]));
      return `| ${LABELS[name]} | ${f(m.ndcg)} | ${f(m.precision)} | ${m.unjudged} |`;
    }),
  ];
  return (
    `${lines.join('\n')}\n\nMeans over ${rows.length} offers. P@${K_PRECISION} counts grade ≥ ${RELEVANT_GRADE} as relevant. ` +
    `Every (offer, request) pair of the set is graded, so "unjudged" only counts ids the set does not know (0 expected).\n`
  );
}

export function perOfferTable(rows: readonly OfferRow[]): string {
  const header = `| offer | 3s/2s | ${RANKERS.map((n) => `nDCG ${short(n)}`).join(' | ')} | ${RANKERS.map((n) => `P@5 ${short(n)}`).join(' | ')} |`;
  const lines = [
    header,
    `| --- | --- | ${RANKERS.map(() => '---').join(' | ')} | ${RANKERS.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${row.offer} ${row.title.slice(0, 48)} | ${row.relevant.three}/${row.relevant.two} | ` +
        `${RANKERS.map((n) => f(row.scores[n].ndcg)).join(' | ')} | ${RANKERS.map((n) => f(row.scores[n].precision)).join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n\n(rk = service ranking, bm = BM25 full text, st = structured only, bs = BM25 + sector/year/country)\n`;
}

function short(name: RankerName): string {
  return { ranking: 'rk', bm25: 'bm', structured: 'st', bm25Structured: 'bs' }[name];
}

/** How many requests of each near-miss kind, aimed at the offer, each ranker puts in its top 10 (summed over offers). */
export function nearMissTable(
  rows: readonly OfferRow[],
  truth: ReadonlyMap<string, { kind: string; aimedAt: string }>,
): string {
  const kinds = [...new Set([...truth.values()].map((t) => t.kind))];
  const count = (name: RankerName, kind: string) =>
    rows.reduce(
      (sum, row) =>
        sum +
        row.lists[name]
          .slice(0, K_NDCG)
          .filter((key) => truth.get(key)?.kind === kind && truth.get(key)?.aimedAt === row.offer).length,
      0,
    );
  const others = (name: RankerName) =>
    rows.reduce(
      (sum, row) =>
        sum + row.lists[name].slice(0, K_NDCG).filter((key) => truth.get(key)?.aimedAt !== row.offer).length,
      0,
    );
  const lines = [
    `| kind (aimed at the offer) | ${RANKERS.map((n) => LABELS[n]).join(' | ')} |`,
    `| --- | ${RANKERS.map(() => '---').join(' | ')} |`,
    ...kinds.map((kind) => `| ${kind} | ${RANKERS.map((n) => count(n, kind)).join(' | ')} |`),
    `| aimed at another offer | ${RANKERS.map((n) => others(n)).join(' | ')} |`,
  ];
  return `${lines.join('\n')}\n\nPlaces in the top ${K_NDCG} of ${rows.length} offers (one generated request of each kind per offer, plus the hand-written ones).\n`;
}

export function matchedOffersTable(score: MatchedOffersScore): string {
  return (
    [
      '| requests | offers sent | sent per request | requests sent none | precision (micro) | precision (per request) | recall of grade ≥ 2 | nDCG@10 (requests) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      `| ${score.requests} | ${score.sent} | ${score.sentPerRequest.toFixed(2)} | ${score.requestsWithNone} | ${f(score.precisionMicro)} | ` +
        `${f(score.precisionMacro)} | ${f(score.recall)} | ${f(score.ndcg)} (${score.ndcgRequests}) |`,
    ].join('\n') +
    `\n\nRelevant: grade ≥ ${RELEVANT_GRADE}. nDCG@10 (graded gains) over the requests that have at least one offer graded ≥ 2.\n`
  );
}
