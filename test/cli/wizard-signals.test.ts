// Issue 13 row 6 and issue 11's keys, with the built CLI in a real pseudo-terminal (util-linux
// `script`): a 100 KB paste into the amount prompt is refused in seconds, and SIGTERM or SIGHUP
// (a closed terminal) ends the wizard even in the middle of such a paste; Ctrl-D at a prompt
// cancels with the message and exit 130, never a silent exit 0.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hasScript = spawnSync('script', ['--version']).status === 0;

const started: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

beforeAll(() => {
  if (!existsSync(`${root}dist/cli.cjs`)) spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
});

interface Session {
  child: ChildProcessWithoutNullStreams;
  screen: () => string;
  /** The wizard's own process (script's child, after exec). */
  pid: () => number;
  exited: Promise<{ code: number | null; at: number }>;
}

/** `yibao` (the wizard, Suizhou, 2024-06-01) in a pseudo-terminal. */
function wizard(): Session {
  const child = spawn('script', ['-qfec', `exec ${process.execPath} ${root}bin/yibao.cjs --date 2024-06-01`, '/dev/null'], { env: { ...process.env, TERM: 'xterm' } });
  started.push(child);
  let screen = '';
  child.stdout.on('data', (d: Buffer) => (screen += d.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
  const pid = () => Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
  return { child, screen: () => screen, pid, exited };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Enter on the insurance type, the status and the facility: the amount prompt is next. */
async function toAmount(s: Session): Promise<void> {
  await until(() => s.screen().includes('您参加的是哪种医保'));
  for (const question of ['您现在是在职还是退休', '看病的医院是几级', '这次一共花了多少钱']) {
    s.child.stdin.write('\r');
    await until(() => s.screen().includes(question));
  }
}

describe.skipIf(!hasScript)('the wizard in a pseudo-terminal', () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`a 100 KB paste into the amount is refused at once; ${signal} ends the wizard in the middle of another`, async () => {
      const s = wizard();
      await toAmount(s);
      s.child.stdin.write('1'.repeat(100_000));
      await until(() => s.screen().includes('回答太长(超过200个字符),已清除,请重新输入。'), 10_000);
      s.child.stdin.write('2'.repeat(100_000));
      const sent = Date.now();
      process.kill(s.pid(), signal);
      const end = await s.exited;
      expect(end.code).toBe(code);
      expect(end.at - sent).toBeLessThan(5_000);
    }, 30_000);
  }

  it('Ctrl-D at a prompt: the message and exit 130', async () => {
    const s = wizard();
    await toAmount(s);
    s.child.stdin.write('\u0004');
    const end = await s.exited;
    expect(end.code).toBe(130);
    expect(s.screen()).toContain('yibao: 已取消。');
  }, 30_000);
});
