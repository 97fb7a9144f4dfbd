import type Sigma from 'sigma';
import { el } from './dom';
import { EDGE_LABEL_RATIO } from './settings';
import type { ViewerEdge, ViewerGraph, ViewerNode, ViewState } from './state';

export interface EventHandlers {
  tooltip: HTMLElement;
  /** A node was clicked (undefined: the background). */
  click(key: string | undefined): void;
}

/**
 * Hover highlights a node's neighbours and shows a tooltip; click selects;
 * zooming in past a threshold labels edges with their relation type.
 */
export function bindEvents(
  renderer: Sigma<ViewerNode, ViewerEdge>,
  graph: ViewerGraph,
  state: ViewState,
  h: EventHandlers,
): void {
  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    state.hoveredNeighbours = new Set(graph.neighbors(node));
    const a = graph.getNodeAttributes(node);
    h.tooltip.replaceChildren(
      el('strong', {}, a.name),
      el(
        'div',
        { className: 'muted' },
        `${a.type} · ${a.degree} relation${a.degree === 1 ? '' : 's'}`,
      ),
    );
    const pos = renderer.graphToViewport({ x: a.x, y: a.y });
    h.tooltip.style.left = `${pos.x + 12}px`;
    h.tooltip.style.top = `${pos.y + 12}px`;
    h.tooltip.hidden = false;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    state.hovered = undefined;
    state.hoveredNeighbours = undefined;
    h.tooltip.hidden = true;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => h.click(node));
  renderer.on('clickStage', () => h.click(undefined));
  renderer.getCamera().on('updated', (c) => {
    const zoomedIn = c.ratio < EDGE_LABEL_RATIO;
    if (zoomedIn !== state.zoomedIn) {
      state.zoomedIn = zoomedIn;
      renderer.refresh({ skipIndexation: true });
    }
  });
}
