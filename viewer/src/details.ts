import { el } from './dom';
import { typeColor } from './settings';
import type { NodeDetail, ViewerGraph } from './state';

export interface DetailsOptions {
  panel: HTMLElement;
  body: HTMLElement;
  /** Select another node (a name in a relation was clicked). */
  select(key: string): void;
  /** Show only the N-hop neighbourhood of this node. */
  focus(key: string, hops: number): void;
}

/** A node's details from a graph that holds the full data (a dropped file). */
export function localDetail(graph: ViewerGraph, key: string): NodeDetail {
  const a = graph.getNodeAttributes(key);
  const edges: NodeDetail['edges'] = [];
  graph.forEachEdge(key, (ek, ea, s, t, sa, ta) => {
    edges.push({
      key: ek,
      source: s,
      target: t,
      sourceName: sa.name,
      targetName: ta.name,
      attributes: ea as NodeDetail['edges'][number]['attributes'],
    });
  });
  edges.sort((x, y) => (y.attributes.count ?? 1) - (x.attributes.count ?? 1));
  return { key, attributes: a, degree: graph.degree(key), edges };
}

/**
 * The details panel: name, type, aliases, then every relation with its
 * evidence sentences and the article each came from. Built from DOM nodes
 * and text only.
 */
export class DetailsPanel {
  constructor(private readonly o: DetailsOptions) {}

  get openKey(): string | undefined {
    return this.o.panel.hidden ? undefined : this.o.panel.dataset.key;
  }

  loading(key: string): void {
    this.o.panel.hidden = false;
    this.o.panel.dataset.key = key;
    this.o.body.replaceChildren(el('p', { className: 'muted' }, 'Loading…'));
  }

  error(message: string): void {
    this.o.body.replaceChildren(el('p', { className: 'error' }, message));
  }

  close(): void {
    this.o.panel.hidden = true;
    delete this.o.panel.dataset.key;
  }

  show(d: NodeDetail): void {
    const a = d.attributes;
    this.o.panel.hidden = false;
    this.o.panel.dataset.key = d.key;
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = typeColor(a.type);
    const hops = el('select', { attrs: { 'aria-label': 'Hops' } });
    for (const n of [1, 2, 3])
      hops.append(el('option', { attrs: { value: String(n) } }, `${n} hop${n > 1 ? 's' : ''}`));
    const focus = el('button', { attrs: { type: 'button', id: 'focus-button' } }, 'Focus');
    focus.addEventListener('click', () => this.o.focus(d.key, Number(hops.value)));
    const parts: (Node | null)[] = [
      el('h2', { attrs: { id: 'details-name' } }, a.name),
      el(
        'p',
        {},
        swatch,
        ' ',
        el('span', { attrs: { id: 'details-type' } }, a.type),
        ` · ${d.degree} relation${d.degree === 1 ? '' : 's'}`,
      ),
      a.aliases?.length ? el('p', {}, el('strong', {}, 'Also: '), a.aliases.join(', ')) : null,
      a.titles?.length ? el('p', {}, el('strong', {}, 'Titles: '), a.titles.join(', ')) : null,
      a.docs?.length
        ? el(
            'p',
            { className: 'muted' },
            `Mentioned in ${a.docs.length} article${a.docs.length === 1 ? '' : 's'}`,
          )
        : null,
      el('p', {}, focus, ' ', hops),
      el('h3', {}, 'Relations'),
    ];
    if (d.edges.length === 0) parts.push(el('p', { className: 'muted' }, 'No relations.'));
    const list = el('div', { attrs: { id: 'details-relations' } });
    for (const e of d.edges) list.append(this.relation(d.key, e));
    parts.push(list);
    this.o.body.replaceChildren(...parts.filter((p): p is Node => p !== null));
    this.o.body.scrollTop = 0;
  }

  private relation(self: string, e: NodeDetail['edges'][number]): HTMLElement {
    const end = (key: string, name: string) => {
      if (key === self) return el('span', {}, name);
      const b = el('button', { className: 'link', attrs: { type: 'button' } }, name);
      b.addEventListener('click', () => this.o.select(key));
      return b;
    };
    const ev = e.attributes.evidence ?? [];
    const count = e.attributes.count ?? ev.length;
    const box = el(
      'div',
      { className: 'relation', attrs: { 'data-type': e.attributes.type } },
      el(
        'div',
        { className: 'relation-head' },
        end(e.source, e.sourceName),
        ' ',
        el('span', { className: 'relation-type' }, e.attributes.type),
        ' ',
        end(e.target, e.targetName),
        count > 1 ? el('span', { className: 'muted' }, ` ×${count}`) : null,
      ),
    );
    for (const s of ev) {
      box.append(
        el(
          'blockquote',
          { className: 'evidence' },
          s.text,
          s.date
            ? el(
                'span',
                { className: 'evidence-date' },
                s.dateSource === 'text'
                  ? `${s.date}, from the text: “${s.dateText ?? ''}”`
                  : `${s.date}, the article's date`,
              )
            : null,
          el('cite', {}, `article ${s.doc}${s.page ? `, p. ${s.page}` : ''}`),
        ),
      );
    }
    if (count > ev.length && ev.length > 0)
      box.append(el('p', { className: 'muted' }, `${count - ev.length} more sentence(s) not kept`));
    return box;
  }
}
