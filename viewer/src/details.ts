import { edgeMark } from './data';
import { el } from './dom';
import { typeColor } from './settings';
import type { NodeDetail, Span, ViewerGraph } from './state';

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
  // Names of who says so and of the targets of denials, as the server gives them.
  const names: Record<string, string> = {};
  const cite = (k: unknown) => {
    if (typeof k === 'string' && graph.hasNode(k)) names[k] = graph.getNodeAttribute(k, 'name');
  };
  for (const e of edges) for (const s of e.attributes.evidence ?? []) s.attributedTo?.forEach(cite);
  for (const c of (a.counterEvidence ?? []) as Span[] & { target?: unknown }[]) {
    cite(c.target);
    c.attributedTo?.forEach(cite);
  }
  return {
    key,
    attributes: a as NodeDetail['attributes'],
    degree: graph.degree(key),
    edges,
    names,
  };
}

/** A key's name part ("Person:lena ortiz" -> "lena ortiz") when no name is known for it. */
const keyName = (key: string) => key.slice(key.indexOf(':') + 1);

/**
 * What a sentence says of its statement, as words: "denied", "alleged",
 * "planned", "possible", and "according to X"; empty for a plain fact.
 */
export function markWords(s: Span, nameOf: (key: string) => string): string[] {
  const words: string[] = [];
  if (s.polarity === 'negated') words.push('denied');
  if (s.modality && s.modality !== 'happened') words.push(s.modality);
  if (s.attributedTo?.length) words.push(`according to ${s.attributedTo.map(nameOf).join(', ')}`);
  return words;
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
    const nameOf = (k: string) => d.names?.[k] ?? keyName(k);
    if (d.edges.length === 0) parts.push(el('p', { className: 'muted' }, 'No relations.'));
    const list = el('div', { attrs: { id: 'details-relations' } });
    for (const e of d.edges) list.append(this.relation(d.key, e, nameOf));
    parts.push(list);
    // What the texts deny with this entity as source: no edge, but findable here.
    const denied = a.counterEvidence ?? [];
    if (denied.length) {
      const box = el('div', { attrs: { id: 'details-denied' } });
      for (const c of denied)
        box.append(
          el(
            'div',
            { className: 'relation denied', attrs: { 'data-type': c.type } },
            el(
              'div',
              { className: 'relation-head' },
              el('span', { className: 'relation-type' }, c.type),
              ' ',
              nameOf(c.target),
            ),
            this.evidence(c, nameOf),
          ),
        );
      parts.push(el('h3', {}, 'Denied'), box);
    }
    this.o.body.replaceChildren(...parts.filter((p): p is Node => p !== null));
    this.o.body.scrollTop = 0;
  }

  /** One evidence sentence: its text, its marks, its date and its article. */
  private evidence(s: Span, nameOf: (key: string) => string): HTMLElement {
    const marks = markWords(s, nameOf);
    return el(
      'blockquote',
      {
        className: `evidence${s.polarity === 'negated' ? ' negated' : ''}${s.modality && s.modality !== 'happened' ? ' marked' : ''}`,
        attrs: s.modality ? { 'data-modality': s.modality } : {},
      },
      s.text,
      marks.length ? el('span', { className: 'evidence-marks' }, marks.join(' · ')) : null,
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
    );
  }

  private relation(
    self: string,
    e: NodeDetail['edges'][number],
    nameOf: (key: string) => string,
  ): HTMLElement {
    const end = (key: string, name: string) => {
      if (key === self) return el('span', {}, name);
      const b = el('button', { className: 'link', attrs: { type: 'button' } }, name);
      b.addEventListener('click', () => this.o.select(key));
      return b;
    };
    const ev = e.attributes.evidence ?? [];
    const count = e.attributes.count ?? ev.length;
    const mark = edgeMark(ev);
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
        mark ? el('span', { className: 'relation-mark' }, mark) : null,
      ),
    );
    for (const s of ev) box.append(this.evidence(s, nameOf));
    if (count > ev.length && ev.length > 0)
      box.append(el('p', { className: 'muted' }, `${count - ev.length} more sentence(s) not kept`));
    return box;
  }
}
