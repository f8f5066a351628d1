// Import rules between modules, checked by `npm run lint:deps` (scripts/module-borders.mjs), which also finds cycles
// between whole modules (a module: a folder directly under src/ or indexer/).
// The platform (config, common, database, queue, elasticsearch) sits under both the features and the indexer.
const PLATFORM = '^src/(config|common|database|queue|elasticsearch)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-not-to-indexer',
      severity: 'error',
      comment: 'The indexer builds on the platform; the platform may not know the indexer (src <-> indexer both ways).',
      from: { path: PLATFORM },
      to: { path: '^indexer/' },
    },
    {
      name: 'indexer-only-to-platform',
      severity: 'error',
      comment: 'The indexer uses the platform only; a feature module that needs the indexer imports it, never back.',
      from: { path: '^indexer/' },
      to: { path: '^src/', pathNot: PLATFORM },
    },
    {
      name: 'indexer-core-knows-no-projection',
      severity: 'error',
      comment:
        'The indexer core (core, outbox, rebuild) iterates the registry of projections (SEARCH_PROJECTIONS); it never ' +
        'imports a projection (profiles, offers), the admin API, or the wiring that lists them (files in indexer/).',
      from: { path: '^indexer/(core|outbox|rebuild)/' },
      to: { path: ['^indexer/(profiles|offers|admin)/', '^indexer/[^/]+$'] },
    },
    {
      name: 'platform-not-to-features',
      severity: 'error',
      comment: 'Shared kinds live in the platform; a platform folder importing a feature module means a kind to move.',
      // A migration is a snapshot of every module's tables; the reference-data one seeds from reference's files.
      from: { path: PLATFORM, pathNot: '^src/database/migrations/' },
      to: { path: '^src/', pathNot: [PLATFORM, '^src/[^/]+$'] },
    },
    {
      name: 'label-workflow-leaves',
      severity: 'error',
      comment:
        'Inside src/label-workflow (one module), agreements, journals and reminders build on the core (internships, ' +
        'steps, certificate); nothing else in the workflow imports them.',
      from: { path: '^src/label-workflow/([^/]+)/' },
      to: { path: '^src/label-workflow/(agreements|journals|reminders)/', pathNot: '^src/label-workflow/$1/' },
    },
    {
      name: 'label-certificate-below-steps',
      severity: 'error',
      comment:
        'The steps grant the label (certificate/label-grade.ts); the certificate reads the internship record only.',
      from: { path: '^src/label-workflow/certificate/' },
      to: { path: '^src/label-workflow/steps/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$', '^src/.*\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
