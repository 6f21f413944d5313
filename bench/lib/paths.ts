import path from 'path';

// Compiled to dist/bench/lib the project root is three levels up; the soak test runs these modules from source through
// ts-jest, from bench/lib, two levels below it.
const compiled = path.basename(path.resolve(__dirname, '..', '..')) === 'dist';
export const APP = path.resolve(__dirname, ...(compiled ? ['..', '..', '..'] : ['..', '..']));
export const FIXTURE_SITE = path.resolve(APP, '..', 'shared', 'fixtures', 'adriatic');
/** The importer CLI as the build emits it. */
export const IMPORTER = path.join(APP, 'dist', 'scripts', 'import.js');
// What node_modules/.bin/strapi links to; run with this Node rather than through the shell wrapper.
export const STRAPI_BIN = path.join(APP, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
