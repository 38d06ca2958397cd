// The wizard's text prompt, built on @inquirer/core like the library's own `input`, with one
// difference that matters: answers are capped. The library re-measures and redraws the whole
// line on every key, so a 100 KB paste (100,000 keypresses over a growing line) took minutes
// of 100% CPU and left the process deaf to signals. Here a line that grows past the cap is
// cleared at once and every further key of the same burst is dropped (O(1) each, nothing
// drawn), then the prompt says once why the answer was cleared. What is echoed of an answer
// passes through the sanitizer: a pasted escape sequence is shown, never obeyed.
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState } from '@inquirer/core';
import { safeLine } from '../safe-text.js';
import { wrapLine } from './render/wrap.js';

export interface CappedInputConfig {
  message: string;
  default?: string;
  validate?: (value: string) => true | string;
  /** The longest answer taken, in UTF-16 units. */
  maxLength: number;
  /** Said when a longer answer (a paste) was cleared. */
  tooLong: string;
  /** Typed already (the prompt resumed after Ctrl-Z / fg): put back on the line. */
  initial?: string;
  /** Called with the line as it is typed, so that a resumed prompt can put it back. */
  onLine?: (line: string) => void;
  /** The terminal's width now (undefined when unknown): the message under the line is wrapped to it. */
  width?: () => number | undefined;
}

/**
 * The message under the line ("> " and the text), wrapped where UAX #14 allows, continuation
 * lines under the text: the library breaks a line wider than the terminal at the last column,
 * which cut "100000000" of a refused amount in two at 60 columns.
 */
function errorText(error: string, width: number | undefined): string {
  if (width === undefined || width < 10) return error;
  return wrapLine(`> ${error}`, width - 1, 2)
    .join('\n')
    .slice(2);
}

/** A burst ends when no key came for this long (a paste arrives in chunks, with pauses on a loaded machine). */
const BURST_QUIET_MS = 300;

export const cappedInput = createPrompt<string, CappedInputConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [defaultValue, setDefaultValue] = useState<string | undefined>(config.default);
  const burst = useRef<{ dropping: boolean; timer: NodeJS.Timeout | undefined }>({ dropping: false, timer: undefined });
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    if (config.initial) {
      rl.write(config.initial);
      setValue(config.initial);
    }
    return () => clearTimeout(burst.current.timer);
  }, []);

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    const b = burst.current;
    if (b.dropping || rl.line.length > config.maxLength) {
      rl.clearLine(0);
      clearTimeout(b.timer);
      b.timer = setTimeout(() => {
        b.dropping = false;
        rl.clearLine(0);
      }, BURST_QUIET_MS);
      if (!b.dropping) {
        b.dropping = true;
        setValue('');
        setError(config.tooLong);
        config.onLine?.('');
      }
      return;
    }
    if (isEnterKey(key)) {
      const answer = value || defaultValue || '';
      const verdict = config.validate ? config.validate(answer) : true;
      if (verdict === true) {
        setValue(answer);
        setStatus('done');
        done(answer);
      } else {
        // The message quotes the refused answer; the line starts afresh.
        setValue('');
        setError(verdict);
      }
      return;
    }
    if (isBackspaceKey(key) && !value) setDefaultValue(undefined);
    else {
      setValue(rl.line);
      setError(undefined);
    }
    config.onLine?.(rl.line);
  });

  const message = theme.style.message(config.message, status);
  const shown = safeLine(value);
  const answer = status === 'done' ? theme.style.answer(shown) : shown;
  const hint = defaultValue && status !== 'done' && !value ? theme.style.defaultAnswer(defaultValue) : undefined;
  // As the library's input: the answer last on the line, after a space (the cursor follows it).
  const line = [prefix, message, hint, answer].filter((part) => part !== undefined).join(' ');
  return [line, error ? theme.style.error(errorText(error, config.width?.())) : ''];
});
