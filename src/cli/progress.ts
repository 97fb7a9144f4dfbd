import cliProgress from 'cli-progress';

export interface ProgressBar {
  update(done: number, extra?: { skipped?: number }): void;
  setTotal(total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr when stderr is a terminal (documents done, total
 * where known, docs/s and ETA); a silent no-op otherwise.
 */
export function progressBar(enabled = Boolean(process.stderr.isTTY)): ProgressBar {
  if (!enabled) return { update() {}, setTotal() {}, stop() {} };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        ' {bar} {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | skipped {skipped}',
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: '0', skipped: 0 });
  let total = 0;
  return {
    update(done, extra) {
      if (done > total) bar.setTotal((total = done));
      const secs = (Date.now() - started) / 1000;
      bar.update(done, {
        rate: secs > 0 ? (done / secs).toFixed(0) : '0',
        skipped: extra?.skipped ?? 0,
      });
    },
    setTotal(t) {
      total = t;
      bar.setTotal(t);
    },
    stop() {
      bar.stop();
    },
  };
}
