/**
 * Three projects:
 *  - unit: pure functions, no database;
 *  - integration-postgres: the HTTP suite against a real PostgreSQL (a database created and dropped per test file),
 *    plus PostgreSQL-only tests (several instances on one database, the database going away);
 *  - integration-embedded: the same HTTP suite against embedded PGlite, plus embedded-only tests.
 */
const fs = require('node:fs');
const path = require('node:path');

const swc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration-postgres',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/postgres/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/mode-postgres.ts'],
      globalSetup: '<rootDir>/test/support/require-postgres.ts',
    },
    {
      ...base,
      displayName: 'integration-embedded',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/embedded/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/mode-embedded.ts'],
    },
  ],
};
