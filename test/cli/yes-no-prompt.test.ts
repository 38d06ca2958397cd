// askYesNo (src/cli/prompts.ts) through real streams, as a terminal types: y, 是, 不是, 没有… are
// taken; Enter keeps the default; anything else is refused with a message and asked again, never
// taken as the default (issue 18: "再算一笔? y" used to end the session, a typed 是 was "no").
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askYesNo } from '../../src/cli/prompts.js';

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (d: Buffer) => (screen += d.toString()));
  return { input, output, screen: () => screen };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

async function answer(typed: string[], def: boolean, lang: 'zh' | 'en' = 'zh') {
  const t = terminal();
  const asked = askYesNo({ message: lang === 'zh' ? '再算一笔?' : 'Another?', default: def }, { lang, input: t.input, output: t.output });
  for (const line of typed) {
    await tick();
    t.input.write(`${line}\r`);
  }
  return { value: await asked, screen: t.screen() };
}

describe('askYesNo as typed', () => {
  it('y and 是 are yes over a default of no; n, 不是 and 没有 are no over a default of yes', async () => {
    expect((await answer(['y'], false)).value).toBe(true);
    expect((await answer(['是'], false)).value).toBe(true);
    expect((await answer(['n'], true)).value).toBe(false);
    expect((await answer(['不是'], true)).value).toBe(false);
    expect((await answer(['没有'], true)).value).toBe(false);
  });

  it('Enter keeps the default, which the question shows', async () => {
    const no = await answer([''], false);
    expect(no.value).toBe(false);
    expect(no.screen).toContain('再算一笔?(是/否,回车=否)');
    const yes = await answer([''], true, 'en');
    expect(yes.value).toBe(true);
    expect(yes.screen).toContain('Another? (y/n, Enter = yes)');
  });

  it('anything else is refused and asked again, never taken as the default', async () => {
    const r = await answer(['maybe', 'y'], false);
    expect(r.value).toBe(true);
    expect(r.screen).toContain('“maybe”不是是或否;请回答 是(y)或 否(n),回车=默认。');
  });
});
