// The CLI side of `batch` and `check` (src/batch/ is the library it calls, with its settings as
// arguments): from commander's options to a batch run and back to the terminal. Validates the
// flags (exit 2 before any row is read), runs, prints the summary on stderr and decides the
// exit code: 1 when a row failed (or, for check, differed), 130 when interrupted (SIGINT).
import { CLAIM_FIELDS, flagName, parseClaim, type ClaimField } from '../../claim/index.js';
import type { Override } from '../../engine/types.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { resolveLang } from '../lang.js';
import { DEFAULT_CITY } from '../calc/options.js';
import { checkCityWithPolicy } from '../city-policy.js';
import { loadCityPolicy } from '../../policy/registry.js';
import { ENCODINGS, type Encoding } from '../../batch/decode.js';
import type { Format, OutputFormat } from '../../batch/input.js';
import { batchMessages as M } from '../../batch/messages.js';
import { BatchInterrupted, runBatch, type BatchOptions } from '../../batch/run.js';
import { OutputClosed, stdoutWasClosed } from '../../batch/output.js';
import { summaryText } from '../../batch/summary.js';
import { safeText } from '../../safe-text.js';
import type { FlagValues } from '../../batch/table.js';

type Opts = Record<string, unknown>;

/** Other names of the encodings: utf8, gbk and gb2312 (read as their superset GB18030), utf-16 and unicode (Excel's "Unicode text" is UTF-16LE). */
const ENCODING_ALIASES: Record<string, Encoding> = { utf8: 'utf-8', gbk: 'gb18030', gb2312: 'gb18030', 'utf-16': 'utf-16le', utf16: 'utf-16le', unicode: 'utf-16le', utf16le: 'utf-16le', utf16be: 'utf-16be' };

const attr = (field: ClaimField) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function choice<T extends string>(opts: Opts, key: string, flag: string, values: readonly T[], aliases: Record<string, T> = {}): T | undefined {
  const v = opts[key];
  if (v === undefined) return undefined;
  const text = String(v).trim().toLowerCase();
  const hit = aliases[text] ?? values.find((x) => x === text);
  if (hit === undefined) throw new UsageError(M.badOption(flag, String(v), values.join(', ')), 'bad_option');
  return hit;
}

/** A flag that fills a claim field must be valid on its own: checked once, not on every row. */
function checkFlags(flags: FlagValues): void {
  const base = { city: 'suizhou', date: '2024-01-01', scheme: 'employee', status: 'active', tier: '1', amount: '100000000' };
  for (const field of Object.keys(flags) as ClaimField[]) {
    const probe = parseClaim({ ...base, [field]: flags[field] }, { city: 'suizhou', date: '2024-01-01' });
    if (!probe.ok && probe.field === field && probe.code === 'invalid') {
      throw new UsageError({ zh: `${flagName(field)}:${probe.message.zh}`, en: `${flagName(field)}: ${probe.message.en}` }, 'bad_flag');
    }
  }
}

async function optionsOf(file: string, opts: Opts, io: Io, check: boolean): Promise<BatchOptions> {
  const lang = resolveLang(opts.lang, io.env);
  const flags: FlagValues = {};
  for (const field of CLAIM_FIELDS) {
    const v = opts[attr(field)];
    if (typeof v === 'string') flags[field] = v;
  }
  checkFlags(flags);
  let policy: BatchOptions['policy'];
  if (typeof opts.policy === 'string') {
    const { loadPolicyFile } = await import('../../policy/load.js');
    policy = { policy: (await loadPolicyFile(opts.policy)).policy, file: opts.policy };
    checkCityWithPolicy(flags.city, opts.policy, policy.policy.id); // before any row is read
  } else if (flags.city !== undefined) {
    await loadCityPolicy(flags.city.trim().toLowerCase()); // an unknown --city is a usage error (exit 2)
  }
  const city = policy?.policy.id ?? flags.city?.trim().toLowerCase() ?? DEFAULT_CITY;
  return {
    file,
    check,
    inputFormat: choice<Format>(opts, 'inputFormat', '--input-format', ['xlsx', 'xls', 'ods', 'csv', 'tsv', 'jsonl']),
    outputFormat: choice<OutputFormat>(opts, 'outputFormat', '--output-format', ['xlsx', 'csv', 'jsonl']),
    encoding: choice<Encoding>(opts, 'encoding', '--encoding', ENCODINGS, ENCODING_ALIASES),
    sheet: typeof opts.sheet === 'string' ? opts.sheet : undefined,
    out: typeof opts.out === 'string' ? opts.out : undefined,
    bom: typeof opts.bom === 'boolean' ? opts.bom : undefined,
    rawCells: opts.rawCells === true,
    flags,
    defaults: { city, date: flags.date?.trim() }, // a blank date cell is never today (issue 12)
    overrides: (opts.set as Override[] | undefined) ?? [],
    policy,
    lang,
  };
}

export async function runBatchCommand(file: string, opts: Opts, io: Io, check: boolean): Promise<void> {
  const options = await optionsOf(file, opts, io, check);
  if (!options.out && io.stdout === process.stdout && stdoutWasClosed()) throw new UsageError(M.stdoutClosed(), 'stdout_closed');
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const started = performance.now();
  let tally;
  try {
    tally = await runBatch({ ...options, signal: controller.signal }, io);
  } catch (error) {
    if (error instanceof OutputClosed) return; // `… | head`: the reader has what it wanted
    if (!controller.signal.aborted) throw error;
    // what the output holds: no file (never put in place), or the first rows on stdout
    const rows = error instanceof BatchInterrupted ? error.stdoutRows : undefined;
    const xlsx = error instanceof BatchInterrupted && error.format === 'xlsx';
    const said = rows === undefined ? M.interrupted(options.out !== undefined) : xlsx ? M.interruptedXlsxStdout() : M.interruptedStdout(rows);
    io.stderr.write(`yibao: ${said[options.lang]}\n`);
    throw new ExitCode(130);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  // the summary names columns, keys and policy words from the input: escaped for the terminal
  io.stderr.write(safeText(summaryText(tally, (performance.now() - started) / 1000, options.lang, check)));
  if (tally.errors > 0 || (check && tally.mismatches > 0)) throw new ExitCode(1);
}
