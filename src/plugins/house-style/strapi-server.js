'use strict';

// Strapi loads a plugin's server from JavaScript only; the TypeScript source is compiled with the app into dist/.
module.exports = require('../../../dist/src/plugins/house-style/server/src').default;
