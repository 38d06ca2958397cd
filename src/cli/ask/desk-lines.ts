// The desk's questions, line by line, from one readline over the terminal (a pasted block of
// lines is answered line by line; lines read and not yet answered wait in a queue, so a paste
// stays questions). Between the terminal and readline sits a filter that caps a line: past
// MAX_QUESTION_LENGTH characters the rest of the line is dropped as it arrives (readline
// redraws the whole line on every key, so a 300,000-character paste took seconds), and the line
// is refused with a message. Ctrl-Z then `fg`: readline pauses itself on SIGCONT, which ended
// the desk with exit 0 and the question lost; here the prompt is drawn again with what had
// been typed. With TERM=dumb readline is not put in terminal mode: no cursor-control sequences.
// The reader lets go of the terminal while the wizard asks (release) and takes it back after.
import { createInterface, type Interface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { dumbTerminal, type Io } from '../io.js';

/** The longest question the desk takes (a long rambling question is a few hundred characters). */
export const MAX_QUESTION_LENGTH = 1000;

/** A paste arrives in chunks with pauses on a loaded machine: input within this long after a line is more of it. */
const PASTE_QUIET_MS = 300;

export type Asked = { kind: 'line'; text: string } | { kind: 'too_long' } | { kind: 'end' } | { kind: 'cancel' };

const CR = 13;
const LF = 10;
const ERASE = new Set([8, 127]); // Backspace as terminals send it
const KILL_LINE = 21; // Ctrl-U

type Stdin = NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown; isTTY?: boolean; readableEnded?: boolean };

export class DeskLines {
  private rl: Interface | undefined;
  private feed: PassThrough | undefined;
  private readonly queue: Asked[] = [];
  private waiting: ((a: Asked) => void) | undefined;
  private prompt = '';
  private lastData = 0;
  private decoder = new StringDecoder('utf8');
  private lineLength = 0;
  private dropping = false;

  constructor(private readonly io: Io) {}

  private get stdin(): Stdin {
    return this.io.stdin as Stdin;
  }

  setPrompt(prompt: string): void {
    this.prompt = prompt;
    this.rl?.setPrompt(prompt);
  }

  private push(a: Asked): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w(a);
    } else this.queue.push(a);
  }

  /** Input as it arrives, with every line capped; what passes goes on to readline. */
  private readonly onData = (chunk: Buffer | string): void => {
    this.lastData = Date.now();
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    this.feed?.write(this.capped(text));
  };

  private readonly onEnd = (): void => {
    this.feed?.end();
  };

  /** `text` with every character past the cap of its line dropped (line ends always pass). */
  private capped(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CR || c === LF || c === KILL_LINE) {
        this.dropping = false;
        this.lineLength = 0;
      } else if (this.dropping) continue;
      else if (ERASE.has(c)) this.lineLength = Math.max(0, this.lineLength - 1);
      else if (++this.lineLength >= MAX_QUESTION_LENGTH) this.dropping = true;
      out += text[i];
    }
    return out;
  }

  private open(): Interface {
    const stdin = this.stdin;
    const feed = new PassThrough();
    // a real terminal gets line editing (not TERM=dumb: it draws with cursor moves); a stream that only says it is one (tests) plain lines
    const terminal = typeof stdin.setRawMode === 'function' && !dumbTerminal(this.io.env);
    if (terminal) Object.assign(feed, { isTTY: true, setRawMode: (mode: boolean) => stdin.setRawMode!(mode) });
    const rl = createInterface({ input: feed, output: this.io.stdout as NodeJS.WritableStream, terminal });
    rl.on('line', (text) => this.push(text.length >= MAX_QUESTION_LENGTH ? { kind: 'too_long' } : { kind: 'line', text }));
    rl.on('SIGINT', () => this.push({ kind: 'cancel' }));
    // back from Ctrl-Z: readline paused itself; the prompt again, with what had been typed
    rl.on('SIGCONT', () => rl.prompt(true));
    rl.on('close', () => {
      if (this.rl === rl) this.push({ kind: 'end' });
    });
    rl.setPrompt(this.prompt);
    this.feed = feed;
    stdin.on('data', this.onData);
    stdin.on('end', this.onEnd);
    stdin.resume();
    return rl;
  }

  /** The next question; prompts when none is waiting. */
  next(): Promise<Asked> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.stdin.readableEnded && !this.rl) return Promise.resolve({ kind: 'end' });
    this.rl ??= this.open();
    this.rl.prompt();
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /**
   * Whether the line just read came in a paste: more lines are waiting, or input comes within a
   * moment. Then nothing may ask a question (the rest of the paste would answer it).
   */
  async pasting(): Promise<boolean> {
    if (this.queue.length > 0) return true;
    if (this.stdin.readableEnded) return false;
    const before = this.lastData;
    await new Promise((resolve) => setTimeout(resolve, PASTE_QUIET_MS));
    return this.queue.length > 0 || this.lastData !== before;
  }

  /** Lets go of the terminal (for the wizard, or at the end); the next question opens it again. */
  release(): void {
    const rl = this.rl;
    this.rl = undefined;
    this.stdin.removeListener('data', this.onData);
    this.stdin.removeListener('end', this.onEnd);
    // nothing reads until the wizard (or the next question) does: stdin lets the process end
    this.stdin.pause();
    rl?.close();
    this.feed = undefined;
    this.decoder = new StringDecoder('utf8');
    this.lineLength = 0;
    this.dropping = false;
  }
}
