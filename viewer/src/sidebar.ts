import { el } from './dom';
import { COMMUNITY_COLORS, typeColor } from './settings';
import type { ViewerGraph, ViewState } from './state';

export interface SidebarElements {
  legend: HTMLElement;
  typeFilters: HTMLElement;
  relationFilters: HTMLElement;
  minDegree: HTMLInputElement;
  minDegreeValue: HTMLOutputElement;
}

/** Counts of node types and relation types in a graph. */
function tally(graph: ViewerGraph) {
  const types = new Map<string, number>();
  const relations = new Map<string, number>();
  let maxDegree = 0;
  graph.forEachNode((_k, a) => {
    types.set(a.type, (types.get(a.type) ?? 0) + 1);
    maxDegree = Math.max(maxDegree, a.degree);
  });
  graph.forEachEdge((_k, a) => {
    relations.set(a.type, (relations.get(a.type) ?? 0) + 1);
  });
  const sorted = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { types: sorted(types), relations: sorted(relations), maxDegree };
}

function checkbox(
  name: string,
  count: number,
  checked: boolean,
  onChange: (on: boolean) => void,
): HTMLLabelElement {
  const box = el('input', { attrs: { type: 'checkbox', 'data-filter': name } });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', {}, box, ` ${name} `, el('span', { className: 'muted' }, String(count)));
}

/** Legend and filter controls for a graph; `changed` re-renders. */
export function renderSidebar(
  e: SidebarElements,
  graph: ViewerGraph,
  state: ViewState,
  communities: number,
  changed: () => void,
): void {
  const t = tally(graph);
  if (state.colorMode === 'community') {
    const shown = Math.min(communities, COMMUNITY_COLORS.length);
    e.legend.replaceChildren(
      el('li', {}, `${communities} Louvain communities`),
      ...COMMUNITY_COLORS.slice(0, shown).map((c, i) => {
        const s = el('span', { className: 'swatch' });
        s.style.background = c;
        return el(
          'li',
          {},
          s,
          ` community ${i + 1}${communities > shown && i === shown - 1 ? ' (colours repeat)' : ''}`,
        );
      }),
    );
  } else {
    e.legend.replaceChildren(
      ...t.types.map(([type, n]) => {
        const s = el('span', { className: 'swatch' });
        s.style.background = typeColor(type);
        return el(
          'li',
          { attrs: { 'data-type': type } },
          s,
          ` ${type} `,
          el('span', { className: 'muted' }, String(n)),
        );
      }),
    );
  }
  e.typeFilters.replaceChildren(
    ...t.types.map(([type, n]) =>
      checkbox(type, n, !state.hiddenNodeTypes.has(type), (on) => {
        if (on) state.hiddenNodeTypes.delete(type);
        else state.hiddenNodeTypes.add(type);
        changed();
      }),
    ),
  );
  e.relationFilters.replaceChildren(
    ...t.relations.map(([type, n]) =>
      checkbox(type, n, !state.hiddenEdgeTypes.has(type), (on) => {
        if (on) state.hiddenEdgeTypes.delete(type);
        else state.hiddenEdgeTypes.add(type);
        changed();
      }),
    ),
  );
  e.minDegree.max = String(Math.max(1, Math.min(t.maxDegree, 50)));
  e.minDegree.value = String(state.minDegree);
  e.minDegreeValue.value = String(state.minDegree);
  e.minDegree.oninput = () => {
    state.minDegree = Number(e.minDegree.value);
    e.minDegreeValue.value = e.minDegree.value;
    changed();
  };
}
