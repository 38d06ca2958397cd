// The prompts wrapper (src/cli/prompts.ts) over a mocked @inquirer/prompts: answers pass
// through, Ctrl-C (the library's ExitPromptError) becomes CancelledError, anything else is
// left alone, and the wizard's validate function and defaults reach the library.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../../src/cli/errors.js';

const lib = vi.hoisted(() => ({ input: vi.fn(), select: vi.fn() }));
vi.mock('@inquirer/prompts', () => lib);

const { askChoice, askText, askYesNo } = await import('../../src/cli/prompts.js');

/** What @inquirer/core throws on Ctrl-C (its class is not exported by @inquirer/prompts). */
class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

beforeEach(() => {
  lib.input.mockReset();
  lib.select.mockReset();
});

describe('prompts wrapper', () => {
  it('passes the message, default and validate function to the text prompt and returns the answer', async () => {
    lib.input.mockResolvedValue('12.50');
    const validate = (v: string) => (v === 'abc' ? '不是金额' : true);
    await expect(askText({ message: '多少钱?', default: '0', validate }, { lang: 'zh' })).resolves.toBe('12.50');
    const config = lib.input.mock.calls[0]![0];
    expect(config).toMatchObject({ message: '多少钱?', default: '0' });
    expect(config.validate('abc')).toBe('不是金额');
    expect(config.validate('1')).toBe(true);
  });

  it('offers numbered choices with a key hint in the user\'s language', async () => {
    lib.select.mockResolvedValue('2');
    const choices = [{ value: '1', name: '一级医院' }, { value: '2', name: '二级医院' }];
    await expect(askChoice({ message: '哪一级?', choices, default: '1' }, { lang: 'zh' })).resolves.toBe('2');
    const config = lib.select.mock.calls[0]![0];
    expect(config).toMatchObject({ message: '哪一级?', choices, default: '1', theme: { indexMode: 'number' } });
    expect(config.theme.style.keysHelpTip([['↑↓', 'navigate'], ['⏎', 'select']])).toBe('↑↓ 上下移动或按数字  ·  ⏎ 确定');
  });

  it('asks yes/no as a list with the default highlighted, in the user\'s language', async () => {
    lib.select.mockResolvedValue(true);
    await expect(askYesNo({ message: '再算一笔?', default: false }, { lang: 'zh' })).resolves.toBe(true);
    expect(lib.select.mock.calls[0]![0]).toMatchObject({
      message: '再算一笔?',
      choices: [{ value: false, name: '否' }, { value: true, name: '是' }],
      default: false,
    });
    await askYesNo({ message: 'Again?', default: true }, { lang: 'en' });
    expect(lib.select.mock.calls[1]![0]).toMatchObject({ choices: [{ value: false, name: 'No' }, { value: true, name: 'Yes' }], default: true });
  });

  it('turns Ctrl-C at any prompt into CancelledError (exit 130)', async () => {
    lib.input.mockRejectedValue(new ExitPromptError('User force closed the prompt with SIGINT'));
    lib.select.mockRejectedValue(new ExitPromptError('User force closed the prompt with SIGINT'));
    const ctx = { lang: 'zh' as const };
    for (const ask of [askText({ message: 'a' }, ctx), askChoice({ message: 'b', choices: [] }, ctx), askYesNo({ message: 'c', default: false }, ctx)]) {
      const error = await ask.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CancelledError);
      expect((error as CancelledError).exitCode).toBe(130);
    }
  });

  it('lets any other error through unchanged', async () => {
    const bug = new TypeError('broken');
    lib.input.mockRejectedValue(bug);
    await expect(askText({ message: 'a' }, { lang: 'en' })).rejects.toBe(bug);
  });

  it('draws on the streams it is given', async () => {
    lib.input.mockResolvedValue('1');
    const input = process.stdin;
    const output = process.stdout;
    await askText({ message: 'x' }, { lang: 'en', input, output });
    expect(lib.input.mock.calls[0]![1]).toEqual({ input, output });
  });
});
