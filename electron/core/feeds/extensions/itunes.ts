/** The iTunes podcast elements a reader shows: block, explicit, image, keywords, categories, summary. */
import { readTextConstruct, TEXT } from '../text-construct';
import type { Person } from '../types';
import { safeLink } from '../urls';
import { attr, childElements, textOf, type XmlElement } from '../xml/tree';
import { defineElements, type ReadContext, type Target } from '../formats/dispatch';
import { elementKey } from '../formats/element-key';
import { addCategory } from '../formats/feed-elements';
import { trimmedText } from '../formats/model';

// Apple's rules are exact: "yes" blocks, anything else does not; " yes " is not a value.
const EXPLICIT: Record<string, boolean> = {
  yes: true,
  explicit: true,
  true: true,
  no: false,
  clean: false,
  false: false,
};

function category(el: XmlElement, target: Target): void {
  const text = attr(el, 'text');
  if (text) addCategory(target, { term: text.trim(), scheme: 'http://www.itunes.com/' });
  for (const child of childElements(el)) if (elementKey(child) === 'itunes:category') category(child, target);
}

function image(el: XmlElement, target: Target): void {
  const href = attr(el, 'href') ?? attr(el, 'url');
  if (!href) return;
  const url = safeLink(href, el.base);
  target.data.itunes.image = url;
  if (target.scope === 'feed') target.data.image = { ...target.data.image, url };
}

function summary(el: XmlElement, target: Target, ctx: ReadContext): void {
  target.data.itunes.summary = trimmedText(el);
  if (target.scope === 'entry' && !target.data.summary) target.data.summary = readTextConstruct(el, ctx.version, TEXT);
  if (target.scope === 'feed' && !target.data.subtitle) target.data.subtitle = readTextConstruct(el, ctx.version, TEXT);
}

defineElements({
  'itunes:block': (el, target) => {
    target.data.itunes.block = textOf(el) === 'yes';
  },
  'itunes:explicit': (el, target) => {
    target.data.itunes.explicit = EXPLICIT[textOf(el)] ?? null;
  },
  'itunes:category': category,
  'itunes:image': image,
  'itunes:keywords': (el, target) => {
    const keywords = trimmedText(el)
      .split(',')
      .map((term) => term.trim())
      .filter(Boolean);
    target.data.itunes.keywords = keywords;
    for (const term of keywords) addCategory(target, { term, scheme: 'http://www.itunes.com/' });
  },
  'itunes:subtitle': (el, target, ctx) => {
    target.data.itunes.subtitle = trimmedText(el);
    if (target.scope === 'feed' && !target.data.subtitle)
      target.data.subtitle = readTextConstruct(el, ctx.version, TEXT);
  },
  'itunes:summary': summary,
  'itunes:duration': (el, target) => {
    target.data.itunes.duration = trimmedText(el);
  },
  'itunes:owner': (el, target) => {
    const owner: Person = {};
    for (const child of childElements(el)) {
      const key = elementKey(child);
      if (key === 'itunes:name') owner.name = trimmedText(child);
      else if (key === 'itunes:email') owner.email = trimmedText(child);
    }
    if (owner.name || owner.email) target.data.publisher = owner;
  },
  'itunes:link': (el, target) => {
    if ((attr(el, 'rel') ?? '').trim() === 'image') image(el, target);
  },
});
