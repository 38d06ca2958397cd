// The prompts façade (src/cli/prompts.ts) over mocked prompt functions: answers pass through,
// Ctrl-C (the library's ExitPromptError) and Ctrl-D become CancelledError (exit 130), anything
// else is left alone, Ctrl-Z then fg (SIGCONT) asks the same question again with what had been
// typed, a paste into a list is dropped with a message, and the config reaches the prompt.
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../../src/cli/errors.js';

const lib = vi.hoisted(() => ({ select: vi.fn(), cappedInput: vi.fn() }));
vi.mock('@inquirer/prompts', () => ({ select: lib.select }));
vi.mock('../../src/cli/prompt-input.js', () => ({ cappedInput: lib.cappedInput }));

const { askChoice, askText, askYesNo, MAX_ANSWER_LENGTH } = await import('../../src/cli/prompts.js');

/** What @inquirer/core throws on Ctrl-C and on an aborted prompt (not exported by @inquirer/prompts). */
class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}
class AbortPromptError extends Error {
  override name = 'AbortPromptError';
}

/** A prompt that stays open until its signal aborts it, as the library's do. */
const pending = (_config: unknown, context: { signal: AbortSignal }) =>
  new Promise((_resolve, reject) => context.signal.addEventListener('abort', () => reject(new AbortPromptError())));

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  lib.select.mockReset();
  lib.cappedInput.mockReset();
});

describe('prompts: answers and configuration', () => {
  it('passes the message, default, validate function and the answer cap to the text prompt', async () => {
    lib.cappedInput.mockResolvedValue('12.50');
    const validate = (v: string) => (v === 'abc' ? '不是金额' : true);
    await expect(askText({ message: '多少钱?', default: '0', validate }, { lang: 'zh', input: new PassThrough() })).resolves.toBe('12.50');
    const config = lib.cappedInput.mock.calls[0]![0];
    expect(config).toMatchObject({ message: '多少钱?', default: '0', maxLength: MAX_ANSWER_LENGTH, tooLong: '回答太长(超过200个字符),已清除,请重新输入。' });
    expect(config.validate('abc')).toBe('不是金额');
  });

  it('offers numbered choices with a key hint in the user\'s language', async () => {
    lib.select.mockResolvedValue('2');
    const choices = [{ value: '1', name: '一级医院' }, { value: '2', name: '二级医院' }];
    await expect(askChoice({ message: '哪一级?', choices, default: '1' }, { lang: 'zh', input: new PassThrough() })).resolves.toBe('2');
    const config = lib.select.mock.calls[0]![0];
    expect(config).toMatchObject({ message: '哪一级?', choices, default: '1', theme: { indexMode: 'number' } });
    expect(config.theme.style.keysHelpTip([['↑↓', 'navigate'], ['⏎', 'select']])).toBe('↑↓ 上下移动或按数字  ·  ⏎ 确定');
  });

  it('asks yes/no as a typed answer with the default in the question (test/cli/yes-no-prompt.test.ts types it)', async () => {
    lib.cappedInput.mockResolvedValue('是');
    await expect(askYesNo({ message: '再算一笔?', default: false }, { lang: 'zh', input: new PassThrough() })).resolves.toBe(true);
    const config = lib.cappedInput.mock.calls[0]![0];
    expect(config.message).toBe('再算一笔?(是/否,回车=否)');
    expect(config.validate('')).toBe(true);
    expect(config.validate('不是')).toBe(true);
    expect(config.validate('也许')).toBe('“也许”不是是或否;请回答 是(y)或 否(n),回车=默认。');
  });

  it('draws on the streams it is given, with a signal to abort the prompt', async () => {
    lib.cappedInput.mockResolvedValue('1');
    const input = new PassThrough();
    const output = new PassThrough();
    await askText({ message: 'x' }, { lang: 'en', input, output });
    const context = lib.cappedInput.mock.calls[0]![1];
    expect(context).toMatchObject({ input, output });
    expect(context.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('prompts: keys', () => {
  it('Ctrl-C at any prompt is CancelledError (exit 130); another error passes unchanged', async () => {
    lib.cappedInput.mockRejectedValue(new ExitPromptError('User force closed the prompt with SIGINT'));
    lib.select.mockRejectedValue(new ExitPromptError('User force closed the prompt with SIGINT'));
    const ctx = { lang: 'zh' as const, input: new PassThrough() };
    for (const ask of [askText({ message: 'a' }, ctx), askChoice({ message: 'b', choices: [] }, ctx), askYesNo({ message: 'c', default: false }, ctx)]) {
      const error = await ask.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CancelledError);
      expect((error as CancelledError).exitCode).toBe(130);
    }
    const bug = new TypeError('broken');
    lib.cappedInput.mockRejectedValue(bug);
    await expect(askText({ message: 'a' }, ctx)).rejects.toBe(bug);
  });

  it('Ctrl-D at a text prompt and at a list is CancelledError, never an answer or a silent end', async () => {
    lib.cappedInput.mockImplementation(pending);
    lib.select.mockImplementation(pending);
    for (const ask of [(ctx: { lang: 'zh'; input: PassThrough }) => askText({ message: 'a' }, ctx), (ctx: { lang: 'zh'; input: PassThrough }) => askYesNo({ message: 'b', default: false }, ctx)]) {
      const input = new PassThrough();
      const answer = ask({ lang: 'zh', input });
      await tick();
      input.write('\u0004'); // Ctrl-D as the terminal sends it
      await expect(answer).rejects.toBeInstanceOf(CancelledError);
    }
  });

  it('Ctrl-Z then fg (SIGCONT): the same question again, with what had been typed', async () => {
    lib.cappedInput.mockImplementationOnce((config: { onLine: (l: string) => void }, context: { signal: AbortSignal }) => {
      config.onLine('12');
      return pending(config, context);
    });
    lib.cappedInput.mockResolvedValueOnce('1200');
    const answer = askText({ message: '多少钱?' }, { lang: 'zh', input: new PassThrough() });
    await tick();
    process.emit('SIGCONT');
    await expect(answer).resolves.toBe('1200');
    expect(lib.cappedInput.mock.calls.map((c) => [c[0].message, c[0].initial])).toEqual([['多少钱?', ''], ['多少钱?', '12']]);
    expect(process.listenerCount('SIGCONT')).toBe(0);
  });

  it('a paste into a list is dropped with a message and the list asked again', async () => {
    lib.select.mockImplementationOnce(pending);
    lib.select.mockResolvedValueOnce('2');
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d: Buffer) => (shown += d.toString()));
    const answer = askChoice({ message: '哪一级?', choices: [{ value: '1', name: '一级' }, { value: '2', name: '二级' }] }, { lang: 'zh', input, output });
    await tick();
    input.write('x'.repeat(MAX_ANSWER_LENGTH + 1)); // more than any answer, at once
    input.write('y'.repeat(50_000)); // the rest of the paste, dropped
    await expect(answer).resolves.toBe('2');
    expect(shown).toBe('粘贴的内容太长(超过200个字符),已忽略。请用上下键或数字选择。\n');
    expect(lib.select).toHaveBeenCalledTimes(2);
  });
});
