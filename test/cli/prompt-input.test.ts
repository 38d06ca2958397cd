// The capped text prompt (src/cli/prompt-input.ts) driven through real streams, as a terminal
// would: a 100 KB paste is cleared at once with one message, not minutes of CPU, and the next
// answer typed is taken; a refused answer shows the validator's message.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cappedInput } from '../../src/cli/prompt-input.js';

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (d: Buffer) => (screen += d.toString()));
  return { input, output, screen: () => screen };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('cappedInput', () => {
  it('a 100 KB paste is dropped with one message, then a typed answer is taken (in seconds, not minutes)', async () => {
    const { input, output, screen } = streams();
    const started = Date.now();
    const answer = cappedInput({ message: '多少钱?', maxLength: 200, tooLong: '回答太长,已清除。', validate: () => true }, { input, output });
    for (let i = 0; i < 25; i++) input.write('1'.repeat(4096)); // the paste, in a terminal's chunks
    await wait(400); // the paste is over
    input.write('1,200\r');
    await expect(answer).resolves.toBe('1,200');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(screen()).toContain('回答太长,已清除。');
    expect(screen()).not.toContain('1'.repeat(201));
  });

  it('Enter on a refused answer shows why and clears the line; Enter on nothing takes the default', async () => {
    const { input, output, screen } = streams();
    const answer = cappedInput({ message: 'amount?', maxLength: 200, tooLong: 'too long', validate: (v) => (v === 'abc' ? 'not an amount: "abc"' : true) }, { input, output });
    input.write('abc\r');
    await wait(50);
    expect(screen()).toContain('not an amount: "abc"');
    input.write('300\r');
    await expect(answer).resolves.toBe('300');

    const s2 = streams();
    const byDefault = cappedInput({ message: 'out of scope?', default: '0', maxLength: 200, tooLong: 'too long' }, { input: s2.input, output: s2.output });
    s2.input.write('\r');
    await expect(byDefault).resolves.toBe('0');
  });

  it('at 60 columns the refusal under the line breaks between words, never inside a number (the library cut "100000000" in two)', async () => {
    const { input, output, screen } = streams();
    const refusal = '总费用无效:"abc";这不是数字。应为0到100000000元之间的金额,最多两位小数,例如 120.50。';
    const answer = cappedInput({ message: '多少钱?', maxLength: 200, tooLong: '太长', validate: (v) => (v === 'abc' ? refusal : true), width: () => 60 }, { input, output });
    input.write('abc\r');
    await wait(50);
    // eslint-disable-next-line no-control-regex
    const lines = screen().replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').split('\n');
    // Lines are kept to 59 columns (the last column left free for the cursor). The first line is 57
    // columns up to 金; 额 cannot be parted from the comma after it (no break before a comma), and
    // "额," would make 60, so the line ends after 金 and the rest hangs under the text.
    expect(lines).toContain('> 总费用无效:"abc";这不是数字。应为0到100000000元之间的金');
    expect(lines).toContain('  额,最多两位小数,例如 120.50。');
    input.write('300\r');
    await expect(answer).resolves.toBe('300');
  });
});
