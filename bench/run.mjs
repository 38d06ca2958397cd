// npm run bench [startup|batch]: every benchmark, each against its baseline in the same run.
// bench/startup.mjs: `yibao calc … --json` vs `node -e ""`; bench/batch.mjs: `yibao batch` vs a hand-written fen loop;
// bench/batch-v2.mjs: `yibao batch` under a policy of model 2 (白鹭) beside Suizhou and the same baseline (npm run bench batch-v2).
// bench/batch-xlsx.mjs: workbooks in and out beside CSV, rows/s and peak memory (npm run bench batch-xlsx).
// bench/xlsx-strings.mjs: the reader's memory with few or many distinct shared strings (npm run bench xlsx-strings).
// Each runs in its own process so that its arguments and memory are its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const only = process.argv[2];
let failed = false;
for (const name of ['startup', 'batch', 'batch-v2', 'batch-xlsx', 'xlsx-strings']) {
  if (only && only !== name) continue;
  const file = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  const run = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
