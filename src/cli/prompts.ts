// The one module that talks to @inquirer/prompts. The wizard asks through these three small
// functions (text, list, yes/no), so tests script the answers by mocking this module (vi.mock), and Ctrl-C at any
// prompt becomes a CancelledError (exit 130) in one place instead of a stack trace.
import { input, select } from '@inquirer/prompts';
import { CancelledError, type Lang } from './errors.js';

/** Where prompts read and draw, and the language of their key hints. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  lang: Lang;
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
  const { validate } = config;
  return cancellable(
    input(
      {
        message: config.message,
        ...(config.default === undefined ? {} : { default: config.default }),
        ...(validate ? { validate: (value: string) => validate(value) } : {}),
        // 'clear': a retyped answer starts afresh; the message quotes the refused one.
        theme: { validationFailureMode: 'clear' as const },
      },
      context(ctx),
    ),
  );
}

/** One choice from a list: arrows or the choice's number, Enter takes the highlighted one. */
export function askChoice<T>(config: { message: string; choices: Choice<T>[]; default?: T }, ctx: PromptContext): Promise<T> {
  return cancellable(
    select<T>(
      {
        message: config.message,
        choices: config.choices,
        ...(config.default === undefined ? {} : { default: config.default }),
        theme: { indexMode: 'number' as const, style: { keysHelpTip: keysHelp(ctx.lang) } },
      },
      context(ctx),
    ),
  );
}

/**
 * Yes or no, as a two-item list with the default highlighted, so Enter takes it. Not the
 * library's y/N prompt: it reads anything but y/n as the default, so a typed 是 would be "no".
 */
export function askYesNo(config: { message: string; default: boolean }, ctx: PromptContext): Promise<boolean> {
  const [no, yes] = ctx.lang === 'zh' ? ['否', '是'] : ['No', 'Yes'];
  const choices = [
    { value: false, name: no! },
    { value: true, name: yes! },
  ];
  return askChoice({ message: config.message, choices, default: config.default }, ctx);
}

function context(ctx: PromptContext): { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } {
  return { ...(ctx.input ? { input: ctx.input } : {}), ...(ctx.output ? { output: ctx.output } : {}) };
}

/** The select prompt's key hint line, in the user's language (the library's is English only). */
function keysHelp(lang: Lang): (keys: [string, string][]) => string {
  const words: Record<string, string> = lang === 'zh' ? { navigate: '上下移动或按数字', select: '确定' } : { navigate: 'move or type the number', select: 'choose' };
  return (keys) => keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join('  ·  ');
}

/**
 * Ctrl-C (or a closed terminal) makes the library throw ExitPromptError; it is not exported
 * by @inquirer/prompts, so it is recognised by name.
 */
function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

async function cancellable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (isPromptExit(error)) throw new CancelledError();
    throw error;
  }
}
