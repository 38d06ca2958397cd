// The one module the wizard asks through (tests script the answers by mocking it with vi.mock):
// a text answer (prompt-input.ts: capped, so a paste cannot spin), one choice from a list, and
// yes/no typed as people answer it, all in the user's language. Every prompt runs under
// prompt-keys.ts: Ctrl-C and Ctrl-D become a CancelledError (exit 130) in one place, Ctrl-Z / fg
// asks the same question again, a paste into a list is dropped with a message. With TERM=dumb
// they are plain lines instead (prompt-plain.ts): no cursor-control sequences.
import { select } from '@inquirer/prompts';
import { cappedInput } from './prompt-input.js';
import { plainChoice, plainText } from './prompt-plain.js';
import { guardPrompt } from './prompt-keys.js';
import { wrapLine } from './render/wrap.js';
import type { Lang } from './errors.js';
import { readYesNo } from '../text/yes-no.js';
import { excerpt } from '../excerpt.js';

/** The longest answer a text prompt takes (an amount is a dozen characters); also the most a list prompt lets be typed at once. */
export const MAX_ANSWER_LENGTH = 200;

const TOO_LONG = {
  zh: `回答太长(超过${MAX_ANSWER_LENGTH}个字符),已清除,请重新输入。`,
  en: `That answer is longer than ${MAX_ANSWER_LENGTH} characters and was cleared; please type it again.`,
};
const PASTED = {
  zh: `粘贴的内容太长(超过${MAX_ANSWER_LENGTH}个字符),已忽略。请用上下键或数字选择。`,
  en: `The pasted text (over ${MAX_ANSWER_LENGTH} characters) was ignored. Choose with the arrow keys or a number.`,
};

/** Where prompts read and draw, and the language of their key hints. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  lang: Lang;
  /** A terminal that cannot move the cursor (TERM=dumb): questions as plain lines (prompt-plain.ts). */
  plain?: boolean;
}

export interface Choice<T> {
  value: T;
  name: string;
  /** One line shown under the list while this choice is highlighted. */
  description?: string;
  /** The answer as shown once chosen, when shorter than the name. */
  short?: string;
}

/** A typed answer: Enter takes the default; validate returns true or the message to show. */
export function askText(
  config: { message: string; default?: string; validate?: (value: string) => true | string },
  ctx: PromptContext,
): Promise<string> {
  if (ctx.plain) return plainText(config, plainContext(ctx), { maxLength: MAX_ANSWER_LENGTH, tooLong: TOO_LONG[ctx.lang] });
  let typed = '';
  return guardPrompt(
    (signal) =>
      cappedInput(
        {
          message: fitMessage(config.message, ctx),
          ...(config.default === undefined ? {} : { default: config.default }),
          ...(config.validate ? { validate: config.validate } : {}),
          maxLength: MAX_ANSWER_LENGTH,
          tooLong: TOO_LONG[ctx.lang],
          // Asked again after Ctrl-Z / fg: what had been typed is put back.
          initial: typed,
          onLine: (line) => {
            typed = line;
          },
          width: () => columns(ctx),
        },
        { ...context(ctx), signal },
      ),
    guardOptions(ctx),
  );
}

/** One choice from a list: arrows or the choice's number, Enter takes the highlighted one. */
export function askChoice<T>(config: { message: string; choices: Choice<T>[]; default?: T }, ctx: PromptContext): Promise<T> {
  if (ctx.plain) return plainChoice(config, plainContext(ctx), MAX_ANSWER_LENGTH);
  return guardPrompt(
    (signal) =>
      select<T>(
        {
          message: fitMessage(config.message, ctx),
          choices: config.choices,
          ...(config.default === undefined ? {} : { default: config.default }),
          theme: { indexMode: 'number' as const, style: { keysHelpTip: keysHelp(ctx.lang) } },
          pageSize: pageSize(config.choices.length, ctx),
        },
        { ...context(ctx), signal },
      ),
    {
      ...guardOptions(ctx),
      maxBurst: MAX_ANSWER_LENGTH,
      onFlood: () => (ctx.output ?? process.stdout).write(`${PASTED[ctx.lang]}\n`),
    },
  );
}

const plainContext = (ctx: PromptContext) => ({ input: ctx.input ?? process.stdin, output: ctx.output ?? process.stdout, lang: ctx.lang });

const guardOptions = (ctx: PromptContext) => ({ input: (ctx.input ?? process.stdin) as NodeJS.ReadableStream });

const YES_NO_HINT = {
  zh: (yes: boolean) => `(是/否,回车=${yes ? '是' : '否'})`,
  en: (yes: boolean) => ` (y/n, Enter = ${yes ? 'yes' : 'no'})`,
};
const NOT_YES_NO = {
  zh: (typed: string) => `“${typed}”不是是或否;请回答 是(y)或 否(n),回车=默认。`,
  en: (typed: string) => `"${typed}" is not yes or no; answer y or n (Enter takes the default).`,
};

/**
 * Yes or no, typed as people answer (src/text/yes-no.ts: y/n, 是/否/不是/对/没有/要/不要…).
 * Enter takes the default; anything else is refused and asked again, never read as the default.
 */
export async function askYesNo(config: { message: string; default: boolean }, ctx: PromptContext): Promise<boolean> {
  const hint = YES_NO_HINT[ctx.lang](config.default);
  const answer = await askText(
    {
      message: `${config.message}${hint}`,
      validate: (typed) => (typed.trim() === '' || readYesNo(typed) !== undefined ? true : NOT_YES_NO[ctx.lang](excerpt(typed.trim(), 20))),
    },
    ctx,
  );
  return answer.trim() === '' ? config.default : readYesNo(answer)!;
}

/** The terminal's width, when the prompts draw on one. */
/**
 * Every choice on one page where the terminal has the rows (the library shows 7, so the 8th relation,
 * 子女的配偶, was hidden below 配偶的父母 at 80×24); a short terminal keeps the rest for the page's scrolling.
 * Rows are left for the question, the highlighted choice's description and the key hint.
 */
function pageSize(choices: number, ctx: PromptContext): number {
  const rows = ((ctx.output ?? process.stdout) as { rows?: number }).rows ?? 24;
  return Math.max(Math.min(7, choices), Math.min(choices, rows - 8));
}

const columns = (ctx: PromptContext): number | undefined => ((ctx.output ?? process.stdout) as { columns?: number }).columns;

/**
 * A question wrapped where UAX #14 allows (the first line after the library's "? "), so that the
 * library's own wrapping, which breaks at the last column, never cuts a number or a word
 * (Jiayu's years rule: "男满3⏎0年" at some widths). Lines after the first hang under their indent.
 */
function fitMessage(message: string, ctx: PromptContext): string {
  const width = columns(ctx);
  if (width === undefined || width < 20) return message;
  return message
    .split('\n')
    .map((line, i) => (i === 0 ? wrapLine(`? ${line}`, width - 1).join('\n').slice(2) : wrapLine(line, width - 1).join('\n')))
    .join('\n');
}

function context(ctx: PromptContext): { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } {
  return { ...(ctx.input ? { input: ctx.input } : {}), ...(ctx.output ? { output: ctx.output } : {}) };
}

/** The select prompt's key hint line, in the user's language (the library's is English only). */
function keysHelp(lang: Lang): (keys: [string, string][]) => string {
  const words: Record<string, string> = lang === 'zh' ? { navigate: '上下移动或按数字', select: '确定' } : { navigate: 'move or type the number', select: 'choose' };
  return (keys) => keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join('  ·  ');
}
