'use strict';

// ts-jest with the Strapi template's noEmitOnError hides type errors behind an "outDir" message; `npm run typecheck`
// checks the types, so the transform only transpiles.
// sanitize-html (>= 2.17.6) uses htmlparser2 12 and its family, published as ES modules only. Node loads them with
// require(); Jest's own module loader cannot, so the tests compile just these packages to CommonJS.
const ESM_ONLY_PACKAGES = ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'];
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }],
  [`/node_modules/(${ESM_ONLY_PACKAGES.join('|')})/.+\\.js$`]: [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', esModuleInterop: true }, diagnostics: false },
  ],
};

// Strapi loads an environment file into process.env when it is first required (dotenv, at ENV_PATH, else the app's
// .env): the tests read this empty one instead, in this process and every process they start, and set what they need.
process.env.ENV_PATH = require('path').join(__dirname, 'tests', 'test.env');

// The shared layers by name (package.json "imports"): the unit tests read the TypeScript sources; the tests that boot
// Strapi read the compiled files it runs, so a test and the CMS share one instance of each module.
const layers = (folder) => ({ '^#(kernel|domain)/(.*)$': `<rootDir>/${folder}/$1/$2` });

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  // .toolchain/ is the project's Node (scripts/node-toolchain.sh): thousands of files no test needs to crawl.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/build/', '<rootDir>/.toolchain/'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      moduleNameMapper: layers('src'),
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'api',
      moduleNameMapper: layers('dist/src'),
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
    },
    {
      ...common,
      displayName: 'e2e',
      moduleNameMapper: layers('dist/src'),
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/e2e-setup.js',
    },
    {
      ...common,
      displayName: 'soak',
      moduleNameMapper: layers('dist/src'),
      testMatch: ['<rootDir>/tests/soak/**/*.test.ts'],
      // The soak runs the built CMS (`strapi start`, the importer) in processes of its own, as production would.
      globalSetup: '<rootDir>/tests/helpers/e2e-setup.js',
    },
  ],
  // Booting Strapi and its first migrations take several seconds on a 2-core machine.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
};
