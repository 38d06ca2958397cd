// Prompts for a terminal that cannot move the cursor (TERM=dumb: an editor's shell buffer, a
// serial console): the question as a line of text, a list as numbered lines, the answer read
// as a line with the terminal's own line editing; a refused answer says why and asks again.
// Only text and line breaks are written (no cursor moves, no hidden cursor). A line is read
// from the stream and the rest given back (unshift), so a later reader (the next question, the
// desk) gets it. End of input cancels, as Ctrl-D does at a prompt.
import { CancelledError, type Lang } from './errors.js';
import { safeLine } from '../safe-text.js';
import type { Choice } from './prompts.js';

type Input = NodeJS.ReadableStream & { read(): Buffer | string | null; unshift(chunk: Buffer): void; readableEnded?: boolean };

const LF = 10;
const CR = 13;

/** One line of input (the rest left in the stream); tooLong when it ran past maxBytes (its text dropped); undefined at the end of input. */
export function readOneLine(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ line: string; tooLong: boolean } | undefined> {
  const input = stream as Input;
  if (input.readableEnded) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let size = 0;
    let tooLong = false;
    const finish = (value: { line: string; tooLong: boolean } | undefined) => {
      input.removeListener('readable', onReadable);
      input.removeListener('end', onEnd);
      resolve(value);
    };
    const onEnd = () => finish(size > 0 || tooLong ? { line: Buffer.concat(parts).toString('utf8'), tooLong } : undefined);
    function onReadable() {
      for (let chunk = input.read(); chunk !== null; chunk = input.read()) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        const lf = buf.indexOf(LF);
        const cr = buf.indexOf(CR);
        const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
        if (end < 0) {
          if (!tooLong) parts.push(buf);
          size += buf.length;
          if (size > maxBytes) (tooLong = true), (parts.length = 0);
          continue;
        }
        if (!tooLong) parts.push(buf.subarray(0, end));
        let rest = buf.subarray(end + 1);
        if (buf[end] === CR && rest[0] === LF) rest = rest.subarray(1);
        if (rest.length > 0) input.unshift(rest);
        finish({ line: Buffer.concat(parts).toString('utf8'), tooLong });
        return;
      }
    }
    input.on('readable', onReadable);
    input.on('end', onEnd);
  });
}

export interface PlainContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  lang: Lang;
}

/** A typed answer: Enter takes the default; validate returns true or the message to show. */
export async function plainText(
  config: { message: string; default?: string; validate?: (value: string) => true | string },
  ctx: PlainContext,
  limit: { maxLength: number; tooLong: string },
): Promise<string> {
  const hint = config.default === undefined || config.default === '' ? '' : ` (${safeLine(config.default)})`;
  for (;;) {
    ctx.output.write(`? ${config.message}${hint} `);
    const got = await readOneLine(ctx.input, limit.maxLength * 4);
    if (!got) {
      ctx.output.write('\n');
      throw new CancelledError();
    }
    if (got.tooLong || got.line.length > limit.maxLength) {
      ctx.output.write(`> ${limit.tooLong}\n`);
      continue;
    }
    const answer = got.line.trim() === '' && config.default !== undefined ? config.default : got.line;
    const verdict = config.validate ? config.validate(answer) : true;
    if (verdict === true) return answer;
    ctx.output.write(`> ${verdict}\n`);
  }
}

const PICK = {
  zh: (n: number, d: number | undefined) => `请输入序号 1-${n}${d === undefined ? '' : `,回车选 ${d}`}:`,
  en: (n: number, d: number | undefined) => `Type a number 1-${n}${d === undefined ? '' : ` (Enter: ${d})`}:`,
};
const NOT_PICKED = {
  zh: (n: number) => `请输入 1 到 ${n} 之间的序号。`,
  en: (n: number) => `Type a number from 1 to ${n}.`,
};

/** One choice from a numbered list; Enter takes the default. */
export async function plainChoice<T>(config: { message: string; choices: Choice<T>[]; default?: T }, ctx: PlainContext, maxLength: number): Promise<T> {
  const n = config.choices.length;
  const at = config.choices.findIndex((c) => c.value === config.default);
  const byDefault = at >= 0 ? at + 1 : undefined;
  const list = config.choices.map((c, i) => `  ${i + 1}. ${c.name}${c.description ? `\n     ${c.description}` : ''}`).join('\n');
  ctx.output.write(`? ${config.message}\n${list}\n`);
  const answer = await plainText(
    {
      message: PICK[ctx.lang](n, byDefault),
      validate: (typed) => {
        const k = typed.trim() === '' ? byDefault : Number(typed.trim());
        return k !== undefined && Number.isInteger(k) && k >= 1 && k <= n ? true : NOT_PICKED[ctx.lang](n);
      },
    },
    ctx,
    { maxLength, tooLong: NOT_PICKED[ctx.lang](n) },
  );
  return config.choices[(answer.trim() === '' ? byDefault! : Number(answer.trim())) - 1]!.value;
}
