'use strict';

const path = require('path');

let compiled;

// Compiles the app (config, API, plugin servers) to dist/ before any test boots Strapi from it. Jest runs each project's
// global setup in one process, so the API and admin-panel projects share one compile.
module.exports = () => {
  const { compileStrapi } = require('@strapi/strapi');
  require('../../scripts/clean-dist').removeStalePluginManifests();
  compiled ??= compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
  return compiled;
};
