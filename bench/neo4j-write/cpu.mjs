// CPU seconds of this process (the client) and of a local Neo4j (the
// server), read from /proc, with the server's garbage collection apart: its
// collector threads' CPU and, when the JDK's jstat is on the PATH, the time
// its collections stopped the server (young and full). On a shared machine
// wall time swings with the load; CPU time says what each method costs
// whatever the load, and the collector's share says how much of the
// server's time is spent copying what its open transactions hold.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** Thread names of the JVM's collectors (Serial and Parallel: "GC Thread#n"; G1: "G1 ..."). */
const GC_THREAD = /^(GC Thread|VM Thread|G1 |ParGC)/;

async function threadCpu(pid) {
  let all = 0;
  let gc = 0;
  let tasks = [];
  try {
    tasks = await readdir(`/proc/${pid}/task`);
  } catch {
    return { all: 0, gc: 0 };
  }
  for (const t of tasks) {
    let stat;
    try {
      stat = await readFile(`/proc/${pid}/task/${t}/stat`, 'utf8');
    } catch {
      continue; // the thread ended
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const s = (Number(f[11]) + Number(f[12])) / 100;
    all += s;
    if (GC_THREAD.test(name)) gc += s;
  }
  return { all, gc };
}

/** Seconds the server's collections have stopped it so far (jstat's GCT), or null without jstat. */
function pauseSeconds(pid) {
  return new Promise((done) =>
    execFile('jstat', ['-gcutil', String(pid)], (err, out) => {
      if (err) return done(null);
      const [head, values] = out.trim().split('\n');
      const i = head?.trim().split(/\s+/).indexOf('GCT') ?? -1;
      const v = i >= 0 ? Number(values?.trim().split(/\s+/)[i]) : Number.NaN;
      done(Number.isFinite(v) ? v : null);
    }),
  );
}

/**
 * A reading now: client and server CPU, the server's collector CPU (`gc`)
 * and pause seconds (`pause`, null without jstat). Server figures are 0
 * without a local pid (a Neo4j of NEO4J_URI).
 */
export async function cpuNow(serverPid) {
  const { user, system } = process.cpuUsage();
  const client = (user + system) / 1e6;
  if (!serverPid) return { client, server: 0, gc: 0, pause: null };
  const [{ all, gc }, pause] = await Promise.all([threadCpu(serverPid), pauseSeconds(serverPid)]);
  return { client, server: all, gc, pause };
}

/** What was spent since reading `c0`. */
export async function cpuSince(c0, serverPid) {
  const c = await cpuNow(serverPid);
  return {
    client: c.client - c0.client,
    server: c.server - c0.server,
    gc: c.gc - c0.gc,
    pause: c.pause === null || c0.pause === null ? null : c.pause - c0.pause,
  };
}

export const cpuText = (c) =>
  `cpu client ${c.client.toFixed(1)} s + server ${c.server.toFixed(1)} s (of it GC ${c.gc.toFixed(1)} s${c.pause === null ? '' : `; GC pauses ${c.pause.toFixed(1)} s`})`;
