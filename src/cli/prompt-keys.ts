// Keys and signals around one prompt, for every kind of prompt the wizard shows:
// - Ctrl-D cancels like Ctrl-C. The prompt library's readline closes on Ctrl-D and its promise
//   never settles, so Node ran out of work and exited 0 in silence; here a key listener that
//   runs before readline's aborts the prompt instead (CancelledError: a message, exit 130).
// - Ctrl-Z then `fg`: readline stops the process itself; on SIGCONT the prompt is asked again
//   where it was (a text prompt gets back what had been typed).
// - A paste into a list: more keys in one burst than any answer has aborts the prompt, the rest
//   of the burst is read and dropped (raw mode kept, so nothing echoes), and the prompt is
//   asked again with a message. (Text prompts cap their answers themselves: prompt-input.ts.)
// Ctrl-C, SIGTERM and SIGHUP are the library's (ExitPromptError; signal-exit then lets the
// signal end the process).
import { emitKeypressEvents } from 'node:readline';
import { CancelledError } from './errors.js';

const CTRL_D = Symbol('ctrl-d');
const RESUMED = Symbol('resumed');
const FLOODED = Symbol('flooded');

/** A dropped paste has ended when no key came for this long (a loaded machine delivers a paste with pauses). */
const QUIET_MS = 300;

type Input = NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown; isTTY?: boolean };

export interface GuardOptions {
  input: Input;
  /** Characters typed into a list at once beyond which it is a paste, not typing; none: no limit here. */
  maxBurst?: number;
  /** Says that a pasted burst was dropped (before the prompt is asked again). */
  onFlood?: () => void;
}

const isNamed = (error: unknown, name: string) => error instanceof Error && error.name === name;

type Key = { ctrl?: boolean; meta?: boolean; name?: string };

/** Keys that make a list prompt start its typed search afresh (as @inquirer/select does). */
const CLEARING = new Set(['up', 'down', 'backspace', 'return', 'enter']);
/** The list prompt forgets what was typed after this long without a key. */
const FORGET_MS = 700;

/**
 * Counts the characters typed into a list prompt since it last forgot them (a navigation key,
 * or a pause): what the prompt's line holds. Typing a choice's number or first letters is a
 * few characters; hundreds at once are a paste.
 */
function typedCounter(): (s: string | undefined, key: Key | undefined) => number {
  let count = 0;
  let last = 0;
  return (s, key) => {
    const now = Date.now();
    if (now - last > FORGET_MS || CLEARING.has(key?.name ?? '')) count = 0;
    last = now;
    if (s !== undefined && s.length === 1 && !key?.ctrl && !key?.meta && !CLEARING.has(key?.name ?? '')) count++;
    return count;
  };
}

/**
 * Runs `ask` (one prompt, given the signal that aborts it) under the rules above. `ask` is
 * called again after Ctrl-Z / fg and after a dropped paste.
 */
export async function guardPrompt<T>(ask: (signal: AbortSignal) => Promise<T>, opts: GuardOptions): Promise<T> {
  for (;;) {
    const controller = new AbortController();
    const typed = typedCounter();
    const onKey = (s: string | undefined, key: Key | undefined) => {
      if (key?.ctrl && key.name === 'd') controller.abort(CTRL_D);
      if (opts.maxBurst !== undefined && typed(s, key) > opts.maxBurst) controller.abort(FLOODED);
    };
    const onContinue = () => controller.abort(RESUMED);
    // Before the prompt's readline exists, so this listener runs before readline's.
    emitKeypressEvents(opts.input);
    opts.input.on('keypress', onKey);
    process.on('SIGCONT', onContinue);
    try {
      return await ask(controller.signal);
    } catch (error) {
      if (isNamed(error, 'ExitPromptError')) throw new CancelledError();
      if (!isNamed(error, 'AbortPromptError')) throw error;
      const why: unknown = controller.signal.reason;
      if (why === CTRL_D) throw new CancelledError();
      if (why === FLOODED) {
        await dropBurst(opts.input);
        opts.onFlood?.();
      }
      // RESUMED or FLOODED: ask again
    } finally {
      opts.input.removeListener('keypress', onKey);
      process.removeListener('SIGCONT', onContinue);
    }
  }
}

/** Reads and drops input until it has been quiet for QUIET_MS, in raw mode so that nothing echoes. */
function dropBurst(input: Input): Promise<void> {
  return new Promise((resolve) => {
    input.setRawMode?.(true);
    let timer = setTimeout(finish, QUIET_MS);
    const onData = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, QUIET_MS);
    };
    function finish() {
      input.removeListener('data', onData);
      input.pause();
      input.setRawMode?.(false);
      resolve();
    }
    input.on('data', onData);
    input.resume();
  });
}
