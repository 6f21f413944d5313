'use strict';

// Compiles the app (config, API, plugin servers) to dist/ once, before any API test boots Strapi from it.
module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: process.cwd() });
};
