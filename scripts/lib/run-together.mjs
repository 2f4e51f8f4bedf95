// Runs several commands side by side as one: each in its own process group, so that when any of
// them ends (or cannot start), or this process is stopped (Ctrl+C, SIGTERM) or exits, every group
// is stopped, the commands' own children included, and nothing is left running.
//
//   const run = runTogether([
//     { name: 'storybook', command: 'npx', args: ['storybook', 'dev'] },
//     { name: 'collector', command: 'node', args: ['collector/bin/coproduce-collector.js'], onLine: (line) => … },
//   ]);
//   process.exit(await run.done);
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** State and process group of a process, from Linux's /proc (undefined when it has gone). */
function procStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, pgrp: Number(pgrp) };
  } catch {
    return undefined;
  }
}
const hasProc = existsSync('/proc/self/stat');

/** True while the process runs. A zombie (ended, not yet collected by its parent) has stopped. */
export function running(pid) {
  if (hasProc) {
    const stat = procStat(pid);
    return !!stat && stat.state !== 'Z';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** True while any process of the group led by `pgid` runs (zombies aside, as above). */
export function groupAlive(pgid) {
  if (hasProc) {
    return readdirSync('/proc').some((name) => {
      if (!/^\d+$/.test(name)) return false;
      const stat = procStat(name);
      return stat?.pgrp === pgid && stat.state !== 'Z';
    });
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} Command
 * @property {string} name  for messages
 * @property {string} command
 * @property {string[]} [args]
 * @property {NodeJS.ProcessEnv} [env]
 * @property {(line: string) => void} [onLine]  each line of its standard output (still shown); without it the output goes straight through
 *
 * @param {Command[]} commands
 * @param {{ graceMs?: number, handleSignals?: boolean, log?: (message: string) => void }} [options]
 *   `graceMs`: how long a group has to stop after SIGTERM before SIGKILL. `handleSignals` (default
 *   true): SIGINT and SIGTERM to this process stop every group.
 * @returns {{ children: Map<string, import('node:child_process').ChildProcess>, stop: () => Promise<void>, done: Promise<number> }}
 *   `done` resolves, once every group has stopped, with an exit code: the first command's to end
 *   (1 if it could not start or was killed), 130 after SIGINT, 143 after SIGTERM.
 */
export function runTogether(commands, { graceMs = 5000, handleSignals = true, log = (m) => console.error(m) } = {}) {
  const children = new Map();
  /** Process group ids (each child leads its own group). */
  const groups = [];
  let code;
  let stopping;

  const stop = () =>
    (stopping ??= (async () => {
      for (const pgid of groups) {
        try {
          process.kill(-pgid, 'SIGTERM');
        } catch {} // the group has gone already
      }
      const deadline = Date.now() + graceMs;
      while (groups.some(groupAlive) && Date.now() < deadline) await sleep(50);
      for (const pgid of groups) {
        if (groupAlive(pgid)) {
          log(
            `${[...children].find(([, c]) => c.pid === pgid)?.[0] ?? pgid} did not stop within ${graceMs / 1000} s, so it was killed.`,
          );
          try {
            process.kill(-pgid, 'SIGKILL');
          } catch {}
        }
      }
      const killed = Date.now() + 2000;
      while (groups.some(groupAlive) && Date.now() < killed) await sleep(20);
    })());

  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const end = (exitCode) => {
    code ??= exitCode;
    stop().then(() => finish(code));
  };

  for (const { name, command, args = [], env = process.env, onLine } of commands) {
    const child = spawn(command, args, {
      env,
      detached: true,
      stdio: ['ignore', onLine ? 'pipe' : 'inherit', 'inherit'],
    });
    children.set(name, child);
    if (child.pid) groups.push(child.pid);
    if (onLine) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        process.stdout.write(`${line}\n`);
        onLine(line);
      });
    }
    child.on('error', (e) => {
      log(`${name} could not start: ${e.message}`);
      end(1);
    });
    child.on('exit', (exitCode, signal) => {
      if (!stopping)
        log(
          `${name} stopped${exitCode ? ` (exit code ${exitCode})` : signal ? ` (${signal})` : ''}, so everything else is stopped too.`,
        );
      end(exitCode ?? 1);
    });
  }

  // Last resort, when this process exits without stopping them (an uncaught error, process.exit).
  const onExit = () => {
    for (const pgid of groups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {}
    }
  };
  process.on('exit', onExit);
  if (handleSignals) {
    process.on('SIGINT', () => end(130));
    process.on('SIGTERM', () => end(143));
  }
  done.then(() => process.off('exit', onExit));
  return { children, stop, done };
}
