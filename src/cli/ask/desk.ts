// `yibao ask` with no question at a terminal: the hotline desk. It asks for a question, answers
// it (a claim through calc, with the wizard for what is missing; anything else from the FAQ), and
// asks again until the operator leaves ("退出", Ctrl-D: exit 0; Ctrl-C: exit 130). It keeps the
// caller: the prompt shows whose claim is in play; a what-if ("那三级医院呢") recomputes that claim
// with the change and says what changed (the person's year stays that of the real visits); the
// same person's next visit carries the year so far;
// "下一位" or an empty line starts afresh (follow-up.ts reads which). A claim is answered short
// (the say script and the key numbers); 详细 or 为什么 shows the whole breakdown. An answer that
// fails is reported and the desk goes on. A pasted block stays questions: a claim in it that
// would open the wizard says what is missing instead (desk-lines.ts tells a paste).
import type { Io } from '../io.js';
import { CancelledError, reportError } from '../errors.js';
import type { ClaimQuestion } from '../../ask/parse.js';
import { readTurn, type DeskTurn, type InPlay } from '../../ask/follow-up.js';
import { yearAfter } from '../../ask/year-so-far.js';
import { runCalc } from '../calc/run.js';
import { carriedLine } from '../wizard/carried.js';
import { show } from '../wizard/screen.js';
import { answerClaim, answerQuestion, claimNeedsTerminal, model2Inputs, policyOf, readForPolicy, type Answered, type AskOptions } from './run.js';
import type { PolicyInputs } from '../../ask/extras.js';
import { callerLabel, changedLine } from './understood.js';
import { DeskLines } from './desk-lines.js';
import { DESK, LEAVE, keyNumbers } from './desk-text.js';
import { DEFAULT_CITY } from '../calc/options.js';

export async function runDesk(opts: AskOptions, io: Io): Promise<void> {
  const lang = opts.lang;
  show(io, DESK.banner[lang]);
  const lines = new DeskLines(io);
  let inPlay: InPlay | undefined;
  try {
    for (;;) {
      const label = inPlay ? `${callerLabel(inPlay.claim.raw, inPlay.year?.ytd_fund, lang)} ` : '';
      lines.setPrompt(`\n${label}${DESK.prompt[lang]}`);
      const asked = await lines.next();
      if (asked.kind === 'cancel') {
        io.stdout.write('\n');
        throw new CancelledError();
      }
      if (asked.kind === 'end') return void io.stdout.write('\n');
      if (asked.kind === 'too_long') {
        io.stderr.write(`yibao: ${DESK.tooLong[lang]}\n`);
        continue;
      }
      const text = asked.text.trim();
      if (LEAVE.test(text)) return;
      const turn = readTurn(text, inPlay, inPlay && (await inputsOf(inPlay, opts, io)));
      if (turn.kind === 'next_caller') {
        if (inPlay) io.stdout.write(`${DESK.nextCaller[lang]}\n`);
        inPlay = undefined;
        continue;
      }
      try {
        const answered = await answerTurn(turn, text, inPlay, opts, io, lines);
        // a what-if is the claim in play varied, not another visit: the person's year stays that of the visits
        if (answered) inPlay = { claim: answered.claim, year: turn.kind === 'what_if' ? inPlay?.year : yearAfter(answered.explanation) };
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        const report = reportError(error, lang);
        if (report.message) io.stderr.write(`yibao: ${report.message}\n`);
      }
    }
  } finally {
    lines.release();
  }
}

/** The model-2 inputs the claim in play's policy lets a what-if say (第三次住院, 72岁…), as ask reads them. */
async function inputsOf(inPlay: InPlay, opts: AskOptions, io: Io): Promise<PolicyInputs | undefined> {
  const raw = inPlay.claim.raw;
  const inputs = await model2Inputs(raw.city ?? opts.city ?? DEFAULT_CITY, raw.date ?? opts.date ?? io.today());
  return inputs && (inputs.needs.size > 0 || (inputs.words.facilities ?? []).length > 0) ? inputs : undefined;
}

/** Answers one desk line; a claim explained is returned (it becomes the claim in play). */
async function answerTurn(turn: Exclude<DeskTurn, { kind: 'next_caller' }>, text: string, inPlay: InPlay | undefined, opts: AskOptions, io: Io, lines: DeskLines): Promise<Answered | undefined> {
  const lang = opts.lang;
  if (turn.kind === 'detail') {
    // the whole breakdown of the claim in play, exactly as calc explains it
    await runCalc({ raw: inPlay!.claim.raw, overrides: [], compare: false, format: 'text', lang, color: opts.color }, io);
    return undefined;
  }
  let claim: ClaimQuestion;
  if (turn.kind === 'question') {
    const read = await readForPolicy(text, opts, io);
    if (read.kind === 'faq') return answerQuestion(text, deskOptions(opts, false), io);
    claim = read.claim;
  } else claim = turn.claim;
  // as the 理解为 line: on stderr when stdout is JSON
  const note = opts.format === 'json' ? io.stderr : io.stdout;
  if (turn.kind === 'what_if') note.write(`${changedLine(turn.claim, turn.changed, await policyOf(turn.claim.raw.city ?? opts.city ?? DEFAULT_CITY), lang)}\n`);
  if (turn.kind === 'next_visit') note.write(`${turn.carried ? carriedLine(turn.claim.raw, lang, false) : DESK.notCarried[lang]}\n`);
  // the wizard, or the question whether to go on without a part not understood, needs the terminal;
  // in a paste the rest of the paste would answer it, so nothing is asked then
  let noPrompt = false;
  if (claimNeedsTerminal(claim)) {
    if (await lines.pasting()) noPrompt = true;
    else lines.release();
  }
  // an input the policy needs and the question left out (a 白鹭 resident's grade) is asked by calc: the terminal is let go first
  const beforeAsking = async () => {
    if (await lines.pasting()) return false;
    lines.release();
    return true;
  };
  const answered = await answerClaim(claim, { ...deskOptions(opts, noPrompt), beforeAsking }, io);
  if (answered && opts.format === 'text') io.stdout.write(`${keyNumbers(answered.explanation, lang)}\n${DESK.detailHint[lang]}\n`);
  return answered;
}

/** At the desk a claim is answered short (the say script; the key numbers follow) unless JSON or say was asked for. */
function deskOptions(opts: AskOptions, noPrompt: boolean): AskOptions {
  return { ...opts, desk: true, noPrompt, format: opts.format === 'text' ? 'say' : opts.format };
}
