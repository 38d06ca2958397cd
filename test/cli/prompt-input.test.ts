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
});
