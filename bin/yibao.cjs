#!/usr/bin/env node
// Shebang shim: runs the built CLI (built by `npm install` through the `prepare` script). CommonJS,
// like the CLI it loads: Node starts it sooner than an ES module (scripts/commonjs.mjs).
'use strict';
try {
  require('../dist/cli.cjs');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('cli.cjs')) {
    process.stderr.write('yibao: the CLI is not built yet; run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw error;
}
