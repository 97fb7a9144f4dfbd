import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from './state';

/**
 * ForceAtlas2 in a web worker, so the page stays responsive while it runs.
 * Runs for a while after a graph is loaded, then stops by itself; the user
 * can start and stop it.
 */
export class Layout {
  private readonly fa2: FA2Layout;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(graph: ViewerGraph) {
    const settings = forceAtlas2.inferSettings(graph);
    this.fa2 = new FA2Layout(graph, {
      // Strong gravity keeps small components and lone nodes near the rest.
      settings: {
        ...settings,
        barnesHutOptimize: graph.order > 1000,
        strongGravityMode: true,
        gravity: 0.05,
        slowDown: 5,
      },
      getEdgeWeight: null,
    });
  }

  get running(): boolean {
    return this.fa2.isRunning();
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Starts the worker; with `forMs` it stops by itself after that long. */
  start(forMs?: number): void {
    clearTimeout(this.timer);
    this.fa2.start();
    if (forMs) this.timer = setTimeout(() => this.stop(), forMs);
    this.emit();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.fa2.stop();
    this.emit();
  }

  kill(): void {
    clearTimeout(this.timer);
    this.fa2.kill();
    this.listeners.clear();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.running);
  }
}
