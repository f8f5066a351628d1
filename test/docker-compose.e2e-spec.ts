import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/load-config';

const root = join(__dirname, '..');

interface ComposeService {
  profiles?: string[];
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  healthcheck?: { test: string[] };
  build?: unknown;
  image?: string;
  user?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}

/** Compose's `${NAME:-default}` and `${NAME:?message}` as `docker compose` reads them with NAME unset. */
function interpolate(value: string, defined: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (defined[name] !== undefined) return defined[name];
    if (kind === '-') return rest ?? '';
    throw new Error(`${name} must be set: ${rest}`);
  });
}

/**
 * Docker does not run on our machines, so the compose file is checked as text: the API and the worker must share the
 * document storage and be able to write it as the image's user, and every service gets a configuration that passes
 * the same validation as at boot.
 */
describe('docker-compose.yml', () => {
  // merge: the `<<:` keys of the cluster nodes, which Compose reads as YAML 1.1 merges
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const services = ['api', 'worker'] as const;

  it.each(services)('%s mounts the shared named volume at its STORAGE_DIR', (name) => {
    const service = compose.services[name];
    const storageDir = service.environment?.STORAGE_DIR;
    expect(storageDir).toMatch(/^\//);
    const mounts = (service.volumes ?? []).map((entry) => entry.split(':'));
    const storageMount = mounts.find(([, target]) => target === storageDir);
    expect(storageMount).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(storageMount![0]);
  });

  it('gives the API and the worker the same volume, so the worker reads what the API stored', () => {
    const volumeOf = (name: string) =>
      compose.services[name]
        .volumes!.map((entry) => entry.split(':'))
        .find(([, target]) => target === compose.services[name].environment!.STORAGE_DIR)![0];
    expect(volumeOf('api')).toBe(volumeOf('worker'));
  });

  it.each(['api-cluster', 'worker-cluster'])('%s shares the document volume with the single-node pair', (name) => {
    expect(compose.services[name].volumes).toEqual(compose.services.api.volumes);
    expect(compose.services[name].user).toBe('node');
  });

  it.each(services)('%s runs as the image user, who owns the storage folder in the image', (name) => {
    const user = compose.services[name].user;
    expect(user).toBe('node');
    expect(finalStage).toMatch(new RegExp(`^USER ${user}$`, 'm'));
    const storageDir = compose.services[name].environment!.STORAGE_DIR;
    const owned = [...finalStage.matchAll(/chown -R (\w+):\w+ (\S+)/g)].some(
      ([, owner, path]) => owner === user && (storageDir === path || storageDir.startsWith(`${path}/`)),
    );
    expect(owned).toBe(true);
    expect(finalStage).toMatch(new RegExp(`mkdir -p ${storageDir.replace(/\//g, '\\/')}`));
  });

  it.each(['api', 'worker', 'migrate', 'api-cluster', 'worker-cluster'])(
    '%s gets an environment that passes the boot-time validation',
    (name) => {
      const environment = Object.fromEntries(
        Object.entries(compose.services[name].environment ?? {}).map(([key, value]) => [
          key,
          interpolate(String(value), { AUTH_JWT_SECRET: 'x'.repeat(40) }),
        ]),
      );
      expect(() => loadConfig(environment)).not.toThrow();
    },
  );

  it('starts the API with the Node flags of package.json start:api and scripts/start.sh (its heap cap)', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const flags = scripts['start:api'].split(' ').filter((word) => word.startsWith('--'));
    expect(flags).toContain('--max-old-space-size=256');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(finalStage)![1]) as string[];
    expect(cmd).toEqual(['node', ...flags, 'dist/src/main.js']);
    expect(readFileSync(join(root, 'scripts/start.sh'), 'utf8')).toContain(`node ${flags.join(' ')} dist/src/main.js`);
    expect(compose.services.api.command).toBeUndefined();
  });

  it('refuses to start without AUTH_JWT_SECRET instead of running with a known secret', () => {
    expect(() => interpolate(compose.services.api.environment!.AUTH_JWT_SECRET, {})).toThrow(
      /AUTH_JWT_SECRET must be set/,
    );
  });

  it('builds Elasticsearch at the version the project pins', () => {
    const pinned = readFileSync(join(root, 'engine/ES_VERSION'), 'utf8').trim();
    expect((compose.services.elasticsearch.build as { args: Record<string, string> }).args.ES_VERSION).toBe(pinned);
  });

  describe('profile cluster', () => {
    const nodes = ['es01', 'es02', 'es03'];
    const envOf = (name: string) => compose.services[name].environment!;

    it('holds three Elasticsearch nodes built like the single one, each with its own data volume', () => {
      for (const name of nodes) {
        const node = compose.services[name];
        expect(node.profiles).toEqual(['cluster']);
        expect(node.build).toEqual(compose.services.elasticsearch.build);
        const [volume, target] = node.volumes![0].split(':');
        expect(target).toBe('/usr/share/elasticsearch/data');
        expect(Object.keys(compose.volumes)).toContain(volume);
      }
      expect(new Set(nodes.map((name) => compose.services[name].volumes![0].split(':')[0])).size).toBe(3);
    });

    it('makes them one cluster: same name, distinct node names, each seeding from all and electing among all', () => {
      expect(new Set(nodes.map((name) => envOf(name)['cluster.name'])).size).toBe(1);
      expect(nodes.map((name) => envOf(name)['node.name'])).toEqual(nodes);
      for (const name of nodes) {
        const env = envOf(name);
        expect(env['discovery.type']).toBeUndefined(); // single-node would refuse to join
        expect(env['discovery.seed_hosts'].split(',')).toEqual(nodes.map((node) => `${node}:9300`));
        expect(env['cluster.initial_master_nodes'].split(',')).toEqual(nodes);
        expect(env.ES_JAVA_OPTS).toMatch(/-Xmx512m/);
        expect(compose.services[name].healthcheck!.test.join(' ')).toContain('"number_of_nodes":3');
      }
    });

    it.each(['api-cluster', 'worker-cluster'])(
      '%s uses every node, one replica per shard, once all three are healthy',
      (name) => {
        const environment = Object.fromEntries(
          Object.entries(envOf(name)).map(([key, value]) => [
            key,
            interpolate(String(value), { AUTH_JWT_SECRET: 'x'.repeat(40) }),
          ]),
        );
        const config = loadConfig(environment);
        expect(config.elasticsearch.nodes).toEqual(nodes.map((node) => `http://${node}:9200`));
        expect(config.elasticsearch.replicas).toBe(1);
        for (const node of nodes)
          expect(compose.services[name].depends_on![node]).toEqual({ condition: 'service_healthy' });
        expect(compose.services[name].depends_on!.elasticsearch).toBeUndefined();
        expect(compose.services[name].profiles).toEqual(['cluster']);
      },
    );

    it('leaves the default stack alone: the single node and its API have no profile, the ports differ', () => {
      for (const name of ['elasticsearch', 'api', 'worker']) expect(compose.services[name].profiles).toBeUndefined();
      expect(compose.services.api.ports).toEqual(['3000:3000']);
      expect(compose.services['api-cluster'].ports).toEqual(['3001:3000']);
    });
  });
});
