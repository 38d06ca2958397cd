// npm run bench: every benchmark, each against its baseline in the same run.
// bench/startup.mjs: `yibao calc … --json` vs `node -e ""`; bench/batch.mjs: `yibao batch` vs a hand-written fen loop.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const only = process.argv[2];
for (const name of ['startup', 'batch']) {
  if (only && only !== name) continue;
  const file = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  if (!existsSync(file)) {
    console.log(`bench/${name}.mjs: not written yet`);
    continue;
  }
  await import(file);
}
