// Process figures from Linux's /proc: CPU time (user + system) and resident memory of any
// process, and the process tree (to find the Chromium renderer among the browser's children).
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU time, milliseconds */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  let raw: string;
  try {
    raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may contain spaces and parentheses: split after its last ")".
  const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return { pid, ppid, cpuMs: ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND };
}

/** CPU time (user + system) the process has used so far, in milliseconds; NaN when it is gone. */
export function cpuTimeMs(pid: number): number {
  return readStat(pid)?.cpuMs ?? Number.NaN;
}

function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Resident set size in bytes (VmRSS); NaN when the process is gone. */
export function rssBytes(pid: number): number {
  return statusBytes(pid, 'VmRSS');
}

/** The highest resident set size the process has had (VmHWM), in bytes. */
export function peakRssBytes(pid: number): number {
  return statusBytes(pid, 'VmHWM');
}

/** The parent's process id; NaN when the process is gone. */
export function parentPid(pid: number): number {
  return readStat(pid)?.ppid ?? Number.NaN;
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** Every live descendant of `root` (children, grandchildren, …). */
export function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) parentOf.set(stat.pid, stat.ppid);
  }
  const found: number[] = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const parent = frontier.pop() as number;
    for (const [pid, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(pid);
        frontier.push(pid);
      }
    }
  }
  return found;
}
