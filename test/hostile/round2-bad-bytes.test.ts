// Issue 20, adversarial round 2, break 21: one bad UTF-8 byte on line 1,002 was reported as "not
// valid gb18030 text near byte 0". The message names the byte, its line and its offset, and, when
// the encoding was guessed, that the text is neither UTF-8 nor GB18030.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tempFile, yibao } from '../batch/helpers.js';

const file = (content: string | Uint8Array): string => tempFile(content);

const HEADER = 'person_id,date,scheme,status,tier,amount\n';
const row = (i: number) => `P${i},2024-03-01,employee,active,1,1000\n`;

/** An ASCII file whose line `bad` (1-based, the header is line 1) holds the byte 0xFF; its offset. */
function asciiWithBadByte(lines: number, bad: number): { bytes: Buffer; offset: number } {
  const parts: Buffer[] = [Buffer.from(HEADER)];
  let offset = -1;
  for (let i = 2; i <= lines; i++) {
    if (i === bad) {
      offset = parts.reduce((n, p) => n + p.length, 0) + 2; // after "P"
      parts.push(Buffer.concat([Buffer.from('P'), Buffer.from([0xff]), Buffer.from(row(i).slice(1))]));
    } else parts.push(Buffer.from(row(i)));
  }
  return { bytes: Buffer.concat(parts), offset };
}

describe('break 21: a bad byte is named, with its line', () => {
  it('one 0xFF on line 1,002 of an ASCII file: exit 2, "0xFF", line 1002, neither UTF-8 nor GB18030', async () => {
    const { bytes } = asciiWithBadByte(1500, 1002);
    const en = await yibao(['batch', file(bytes), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/0xFF/);
    expect(en.stderr).toMatch(/line 1002\b/);
    expect(en.stderr).toMatch(/neither UTF-8 nor GB18030/);
    expect(en.stderr).not.toMatch(/near byte 0\b/);
    const zh = await yibao(['batch', file(bytes)]);
    expect(zh.stderr).toMatch(/第 1002 行/);
    expect(zh.stderr).toMatch(/0xFF/);
  });

  it('past the first 64 KiB of a UTF-8 file with Chinese text: the byte, its line and its offset', async () => {
    const zhHeader = '人员编号,就诊日期,参保类型,人员状态,医院级别,总费用\n';
    const lines = [zhHeader, ...Array.from({ length: 4000 }, (_, i) => `张${i},2024-03-01,职工医保,在职,一级医院,1000\n`)];
    const head = Buffer.from(lines.slice(0, 3001).join('')); // the header and 3,000 rows: lines 1-3001
    const bad = Buffer.concat([head, Buffer.from([0xe4, 0x41]), Buffer.from(lines.slice(3001).join(''))]); // E4 then 'A': a cut sequence on line 3002
    expect(head.length).toBeGreaterThan(65536);
    const en = await yibao(['batch', file(bad), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/not valid UTF-8/);
    expect(en.stderr).toMatch(/0xE4 0x41/);
    expect(en.stderr).toMatch(/line 3002\b/);
    expect(en.stderr).toContain(`byte ${head.length}`);
  });

  it('--encoding gb18030 with a byte GB18030 never has: named with its line', async () => {
    const text = Buffer.concat([Buffer.from(HEADER + row(2) + row(3)), Buffer.from('P4'), Buffer.from([0xff]), Buffer.from(',2024-03-01,employee,active,1,1000\n')]);
    const en = await yibao(['batch', file(text), '--encoding', 'gb18030', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/not valid GB18030 text: the byte 0xFF on line 4\b/);
  });

  it('from stdin too (no file to read twice)', async () => {
    const { bytes } = asciiWithBadByte(30, 12);
    const stdin = new PassThrough();
    stdin.end(bytes);
    const en = await yibao(['batch', '-', '--lang', 'en'], { stdin });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/0xFF on line 12\b/);
  });
});
