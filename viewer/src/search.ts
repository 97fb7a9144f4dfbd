import { el } from './dom';
import { typeColor } from './settings';
import type { Suggestion, ViewerGraph } from './state';

export interface SearchOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  /** Suggestions for a query: the server's, or the graph on screen's. */
  suggest(query: string): Promise<Suggestion[]>;
  choose(s: Suggestion): void;
}

/** Suggestions from the graph in the page: names and aliases, prefix matches first. */
export function localSuggestions(graph: ViewerGraph, query: string, limit = 12): Suggestion[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: (Suggestion & { rank: number })[] = [];
  graph.forEachNode((key, a) => {
    let rank = 0;
    let alias: string | undefined;
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      const l = n.toLowerCase();
      const r = l.startsWith(q) || l.includes(` ${q}`) ? 2 : l.includes(q) ? 1 : 0;
      if (r > rank) {
        rank = r;
        alias = n === a.name ? undefined : n;
      }
    }
    if (rank > 0) {
      const s: Suggestion & { rank: number } = {
        key,
        name: a.name,
        type: a.type,
        degree: a.degree,
        rank,
      };
      if (alias) s.alias = alias;
      hits.push(s);
    }
  });
  hits.sort((x, y) => y.rank - x.rank || y.degree - x.degree);
  return hits.slice(0, limit).map(({ rank: _r, ...s }) => s);
}

/** The search box: suggestions as you type, arrows and Enter to pick one. */
export function setupSearch(o: SearchOptions): void {
  let items: Suggestion[] = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    o.list.hidden = true;
    o.input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    o.list.replaceChildren(
      ...items.map((s, i) => {
        const li = el(
          'div',
          { attrs: { role: 'option', 'aria-selected': String(i === active), 'data-key': s.key } },
          el('span', { className: 'swatch', attrs: { 'data-type': s.type } }),
          el('span', { className: 'name' }, s.name),
          s.alias ? el('span', { className: 'muted' }, `(${s.alias})`) : null,
          el('span', { className: 'muted' }, `${s.type} · ${s.degree}`),
        );
        (li.firstChild as HTMLElement).style.background = typeColor(s.type);
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(s);
        });
        return li;
      }),
    );
    o.list.hidden = items.length === 0;
    o.input.setAttribute('aria-expanded', String(items.length > 0));
  };

  const pick = (s: Suggestion) => {
    o.input.value = s.name;
    close();
    o.choose(s);
  };

  o.input.addEventListener('input', async () => {
    const mine = ++seq;
    const q = o.input.value;
    const found = q.trim() ? await o.suggest(q).catch(() => []) : [];
    if (mine !== seq) return; // a later keystroke won
    items = found;
    active = items.length ? 0 : -1;
    render();
  });
  o.input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!items.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (ev.key === 'Enter') {
      const s = items[active] ?? items[0];
      if (s) pick(s);
    } else if (ev.key === 'Escape') close();
  });
  o.input.addEventListener('blur', () => setTimeout(close, 150));
}
