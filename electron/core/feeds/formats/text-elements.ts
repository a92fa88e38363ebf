/** Titles, descriptions, summaries, content and rights, in every format. */
import { readTextConstruct, HTML, TEXT, XHTML } from '../text-construct';
import type { TextConstruct } from '../types';
import { safeLink } from '../urls';
import { attr, type XmlElement } from '../xml/tree';
import { defineElements, type ReadContext, type Target } from './dispatch';

function title(el: XmlElement, target: Target, ctx: ReadContext): void {
  target.data.title = readTextConstruct(el, ctx.version, TEXT);
}

function subtitle(el: XmlElement, target: Target, ctx: ReadContext, fallback: typeof TEXT | typeof HTML): void {
  if (target.scope === 'entry') summary(el, target, ctx, fallback);
  else target.data.subtitle = readTextConstruct(el, ctx.version, fallback);
}

/** A second summary-like element, before any content, is taken as the content (feedparser does the same). */
export function summary(el: XmlElement, target: Target, ctx: ReadContext, fallback: typeof TEXT | typeof HTML): void {
  if (target.scope !== 'entry') {
    subtitle(el, target, ctx, fallback);
    return;
  }
  const construct = readTextConstruct(el, ctx.version, fallback);
  if (target.data.summary && target.data.content.length === 0) target.data.content.push(construct);
  else target.data.summary = construct;
}

export function addContent(target: Target, construct: TextConstruct): void {
  if (target.scope === 'entry') target.data.content.push(construct);
}

function rights(el: XmlElement, target: Target, ctx: ReadContext): void {
  target.data.rights = readTextConstruct(el, ctx.version, TEXT);
}

defineElements({
  title,
  subtitle: (el, t, ctx) => subtitle(el, t, ctx, TEXT),
  tagline: (el, t, ctx) => subtitle(el, t, ctx, TEXT),
  description: (el, t, ctx) => summary(el, t, ctx, HTML),
  summary: (el, t, ctx) => summary(el, t, ctx, TEXT),
  abstract: (el, t, ctx) => summary(el, t, ctx, TEXT),
  info: (el, t, ctx) => {
    if (t.scope === 'feed') t.data.info = readTextConstruct(el, ctx.version, TEXT);
  },
  content: (el, t, ctx) => {
    const construct = readTextConstruct(el, ctx.version, TEXT);
    const src = attr(el, 'src');
    if (src !== undefined) construct.src = safeLink(src, el.base);
    addContent(t, construct);
  },
  'content:encoded': (el, t, ctx) => addContent(t, readTextConstruct(el, ctx.version, HTML)),
  fullitem: (el, t, ctx) => addContent(t, readTextConstruct(el, ctx.version, HTML)),
  body: (el, t, ctx) => addContent(t, readTextConstruct(el, ctx.version, HTML)),
  'feedburner:browserfriendly': (el, t, ctx) => {
    if (t.scope === 'feed') t.data.info = readTextConstruct(el, ctx.version, TEXT);
  },
  'xhtml:body': (el, t, ctx) => addContent(t, { ...readTextConstruct(el, ctx.version, HTML), type: XHTML }),
  rights,
  copyright: rights,
  'dc:rights': rights,
  'dc:title': title,
  'dc:description': (el, t, ctx) => summary(el, t, ctx, HTML),
});
