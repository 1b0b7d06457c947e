/**
 * Runs a command and measures it: wall time, and peak memory (the largest resident set of the
 * command or any process it started, from GNU time's %M) when /usr/bin/time is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  ms: number;
  peakMB: number | null;
  /** CPU seconds (user + system, the command and its children): on a shared machine wall time overstates cost. */
  cpuS: number | null;
  /** The command's output (the last 64 KB of each stream). */
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** `nice`: run at lower priority (the machine is shared; the 3,000-report build runs this way). */
export function measure(args: string[], env: Record<string, string> = {}, options: { nice?: boolean } = {}): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const out = join(dir, 'rss');
  const timed = existsSync(TIME) ? [TIME, '-f', '%M %U %S', '-o', out, ...args] : args;
  const withTime = options.nice ? ['nice', '-n', '10', ...timed] : timed;
  const started = performance.now();
  const result = spawnSync(withTime[0]!, withTime.slice(1), { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stdout?.slice(-2000)}\n${result.stderr?.slice(-4000)}`);
  const [peakKB, user, sys] = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
  rmSync(dir, { recursive: true, force: true });
  const cpu = (user ?? NaN) + (sys ?? NaN);
  return { ms, peakMB: Number.isFinite(peakKB) ? peakKB! / 1024 : null, cpuS: Number.isFinite(cpu) ? Math.round(cpu * 10) / 10 : null, stdout: (result.stdout ?? '').slice(-65536), stderr: (result.stderr ?? '').slice(-65536) };
}
