// `yibao ask` with no question at a terminal: the hotline desk. It asks for a question, answers it
// (a claim through calc, with the wizard for what is missing; anything else from the FAQ), and
// asks again, until an empty line or Ctrl-D (exit 0) or Ctrl-C (exit 130). An answer that fails
// (a usage error, a claim the policy cannot answer) is reported and the desk goes on. One
// readline reads the questions (a pasted block of lines is answered line by line); it is closed
// while the wizard has the terminal, and opened again after.
import { createInterface, type Interface } from 'node:readline';
import type { Io } from '../io.js';
import { CancelledError, reportError } from '../errors.js';
import { answerQuestion, needsTerminal, type AskOptions } from './run.js';

type Asked = { kind: 'line'; text: string } | { kind: 'end' } | { kind: 'cancel' };

class Questions {
  private rl: Interface | undefined;
  private readonly queue: Asked[] = [];
  private waiting: ((a: Asked) => void) | undefined;

  constructor(
    private readonly io: Io,
    private readonly prompt: string,
  ) {}

  private push(a: Asked): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w(a);
    } else this.queue.push(a);
  }

  private open(): Interface {
    // a real terminal gets line editing; a stream that only says it is one (tests) plain lines
    const terminal = typeof (this.io.stdin as { setRawMode?: unknown }).setRawMode === 'function';
    const rl = createInterface({ input: this.io.stdin, output: this.io.stdout as NodeJS.WritableStream, terminal });
    rl.on('line', (text) => this.push({ kind: 'line', text }));
    rl.on('SIGINT', () => this.push({ kind: 'cancel' }));
    rl.on('close', () => {
      if (this.rl === rl) this.push({ kind: 'end' });
    });
    rl.setPrompt(this.prompt);
    return rl;
  }

  /** The next question; prompts when none is waiting. */
  next(): Promise<Asked> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.io.stdin.readableEnded && !this.rl) return Promise.resolve({ kind: 'end' });
    this.rl ??= this.open();
    this.rl.prompt();
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Lets go of the terminal (for the wizard, or at the end); the next question opens it again. */
  release(): void {
    const rl = this.rl;
    this.rl = undefined;
    rl?.close();
  }
}

export async function runDesk(opts: AskOptions, io: Io): Promise<void> {
  const zh = opts.lang === 'zh';
  io.stdout.write(
    zh
      ? '医保热线问答台:输入来电人的问题(如“退休 二级医院 门诊 1000元”或“家庭共济怎么办理”),回车得到答案。\n空行、Ctrl-D 或 Ctrl-C 退出。\n'
      : 'Hotline desk: type the caller\'s question (e.g. "retired tier 2 outpatient 1000 yuan") and press Enter.\nAn empty line, Ctrl-D or Ctrl-C leaves.\n',
  );
  const questions = new Questions(io, zh ? '\n问题> ' : '\nquestion> ');
  try {
    for (;;) {
      const asked = await questions.next();
      if (asked.kind === 'cancel') {
        io.stdout.write('\n');
        throw new CancelledError();
      }
      if (asked.kind === 'end') return void io.stdout.write('\n');
      const question = asked.text.trim();
      if (question === '') return;
      // the wizard, or the question whether to go on without a part not understood, needs the terminal
      if (needsTerminal(question)) questions.release();
      try {
        await answerQuestion(question, { ...opts, desk: true }, io);
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        const report = reportError(error, opts.lang);
        if (report.message) io.stderr.write(`yibao: ${report.message}\n`);
      }
    }
  } finally {
    questions.release();
  }
}
