#!/usr/bin/env node
// Shebang shim: runs the built CLI (built by `npm install` through the `prepare` script).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('yibao: the CLI is not built yet; run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw error;
});
