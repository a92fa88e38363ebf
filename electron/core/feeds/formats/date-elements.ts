/**
 * Dates. RSS `pubDate`, Atom 0.3 `issued` and `dcterms:issued` mean published;
 * `lastBuildDate`, `modified`, `dc:date` and `dcterms:modified` mean updated.
 */
import type { XmlElement } from '../xml/tree';
import { defineElements, type Target } from './dispatch';
import { readDate, trimmedText } from './model';

const published = (el: XmlElement, target: Target) => {
  target.data.published = readDate(el);
};
const updated = (el: XmlElement, target: Target) => {
  target.data.updated = readDate(el);
};
const created = (el: XmlElement, target: Target) => {
  target.data.created = readDate(el);
};

function validity(el: XmlElement, target: Target): void {
  if (target.scope !== 'feed') return;
  // dcterms:valid is a DCMI period: "start=…; end=…; scheme=W3C-DTF".
  const period: Record<string, string> = {};
  for (const part of trimmedText(el).split(';')) {
    const [key, ...value] = part.split('=');
    if (key && value.length) period[key.trim().toLowerCase()] = value.join('=').trim();
  }
  const asDate = (raw: string | undefined) => (raw === undefined ? undefined : readDate({ ...el, children: [raw] }));
  target.data.validity = { start: asDate(period.start), end: asDate(period.end) };
}

defineElements({
  pubdate: published,
  published,
  issued: published,
  'dcterms:issued': published,
  updated,
  modified: updated,
  lastbuilddate: updated,
  'dc:date': updated,
  'dcterms:modified': updated,
  created,
  'dcterms:created': created,
  expirationdate: (el, target) => {
    if (target.scope === 'entry') target.data.expired = readDate(el);
  },
  'dcterms:valid': validity,
});
