import { readFileSync } from 'node:fs';

/**
 * The top frames of a V8 CPU profile (`node --cpu-prof`): self time by function and by package or project folder,
 * as the bench README quotes them. `node dist/bench/cpu-profile-summary.js <file.cpuprofile> [top]`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package under node_modules, a folder of ours, or Node's own. */
export function placeOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const packages = url.split('/node_modules/');
  if (packages.length > 1) {
    const rest = packages[packages.length - 1].split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.split('/dist/')[1];
  if (dist) return dist.split('/').slice(0, 2).join('/');
  return url;
}

export function summarise(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame;
    const place = placeOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${place}${frame.url ? ':' + (frame.lineNumber + 1) : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
  }
  const table = (title: string, rows: Map<string, number>): string[] => [
    `| ${title} | self ms | share |`,
    '| --- | --- | --- |',
    ...[...rows]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, micros]) =>
          `| ${name.replace(/\|/g, '\\|')} | ${(micros / 1000).toFixed(0)} | ${((100 * micros) / total).toFixed(1)} % |`,
      ),
  ];
  return [
    `total sampled: ${(total / 1000).toFixed(0)} ms`,
    '',
    ...table('where', byPlace),
    '',
    ...table('function', byFunction),
  ].join('\n');
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/cpu-profile-summary.js <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top ? Number(top) : 25));
}
