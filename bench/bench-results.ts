import { GeneratedData } from './generate-data';
import { RebuildMeasure } from './measure-rebuild';
import { ExtractionMeasure } from './measure-extraction';
import { MatchingMeasure } from './measure-matching';
import { SearchMeasure } from './measure-search';
import { SyncLagMeasure } from './measure-sync-lag';
import { BaselineBuild } from './postgres-baseline';
import { TargetResult } from './targets';

/** Everything one run measured: what bench-<size>.json holds and bench-<size>.md shows. */
export interface BenchResults {
  schema: 1;
  size: { label: string; requests: number };
  seed: number;
  quick: boolean;
  loadSeconds: number;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    kernel: string;
    node: string;
    /** 1-minute load average at the start and the end: other work on the machine inflates every latency. */
    loadAverage: { start: number; end: number };
  };
  /** elasticsearchNodes, shards, replicas: absent from results written before clusters (one node, 1 shard, 0 replica). */
  versions: {
    elasticsearch: string;
    elasticsearchHeapMb: number;
    elasticsearchNodes?: number;
    shards?: number;
    replicas?: number;
    postgres: string;
  };
  data: GeneratedData & { generatorRssMb: number };
  rebuild: RebuildMeasure;
  baseline: BaselineBuild;
  search: SearchMeasure;
  syncLag: SyncLagMeasure;
  matching: MatchingMeasure;
  /** Absent from results written before the extraction section. */
  extraction?: ExtractionMeasure;
  targets: TargetResult[];
}
