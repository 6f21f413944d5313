'use strict';

// The compiled plugins resolve the shared layers (#kernel/…, #domain/…) through the root package.json's "imports",
// which Node reads only while no nearer package.json stands between a file and the root. Builds before that layout
// copied each plugin's package.json into dist/, and the compiler never deletes what it no longer emits, so they go here.
const fs = require('fs');
const path = require('path');

function removeStalePluginManifests(root = path.join(__dirname, '..')) {
  const plugins = path.join(root, 'dist', 'src', 'plugins');
  if (!fs.existsSync(plugins)) return;
  for (const plugin of fs.readdirSync(plugins)) fs.rmSync(path.join(plugins, plugin, 'package.json'), { force: true });
}

module.exports = { removeStalePluginManifests };

if (require.main === module) removeStalePluginManifests();
