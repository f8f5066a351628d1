/** Unit tests live beside the code; integration tests under test/ run against the real stack. */
const transform = { '^.+\\.ts$': 'ts-jest' };
const base = { transform, moduleFileExtensions: ['ts', 'js', 'json'], testEnvironment: 'node' };

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/indexer/**/*.spec.ts',
        '<rootDir>/drill/**/*.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
      ],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
