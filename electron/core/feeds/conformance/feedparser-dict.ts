/**
 * Maps the parsed model onto Python feedparser's result dictionary, so the
 * corpus expectations (written against feedparser) can be checked. Only the
 * conformance run uses this; the app reads the model directly.
 */
import type { CommonFields, FeedDate, FeedEntry, FeedSource, ParseFeedResult, Person, TextConstruct } from '../types';
import { personLabel } from '../formats/people';

export type Dict = Record<string, unknown>;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function detail(construct: TextConstruct): Dict {
  const out: Dict = {
    type: construct.type,
    language: construct.language ?? null,
    base: construct.base ?? '',
    value: construct.value,
  };
  if (construct.src !== undefined) out.src = construct.src;
  return out;
}

function setText(out: Dict, key: string, construct: TextConstruct | undefined): void {
  if (!construct) return;
  out[key] = construct.value;
  out[`${key}_detail`] = detail(construct);
}

/** Python's time.struct_time for a UTC instant, as a list. */
export function timeTuple(time: number): number[] {
  const d = new Date(time);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((time - start) / 86_400_000) + 1;
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
    0,
  ];
}

function setDate(out: Dict, key: string, date: FeedDate | undefined): void {
  if (!date) return;
  out[key] = date.raw;
  out[`${key}_parsed`] = date.time === undefined ? null : timeTuple(date.time);
}

function person(p: Person): Dict {
  const out: Dict = {};
  if (p.name !== undefined) out.name = p.name;
  if (p.email !== undefined) out.email = p.email;
  if (p.uri !== undefined) out.href = p.uri;
  return out;
}

function common(fields: CommonFields & Partial<FeedSource>, out: Dict): void {
  setText(out, 'title', fields.title);
  setText(out, 'subtitle', fields.subtitle);
  setText(out, 'rights', fields.rights);
  if (fields.link !== undefined) out.link = fields.link;
  out.links = fields.links.map((l) => {
    const link: Dict = {
      rel: l.rel,
      type: l.type ?? (l.rel === 'self' ? 'application/atom+xml' : 'text/html'),
      href: l.href,
    };
    for (const key of ['title', 'length', 'hreflang'] as const) if (l[key] !== undefined) link[key] = l[key];
    return link;
  });
  if (fields.id !== undefined) out.id = fields.id;
  if (fields.authors.length) {
    out.author = personLabel(fields.authors[0]);
    out.author_detail = person(fields.authors[0]!);
    out.authors = fields.authors.map(person);
  }
  if (fields.contributors.length) out.contributors = fields.contributors.map(person);
  if (fields.publisher) {
    out.publisher = personLabel(fields.publisher);
    out.publisher_detail = person(fields.publisher);
  }
  setDate(out, 'published', fields.published);
  setDate(out, 'updated', fields.updated);
  setDate(out, 'created', fields.created);
  if (fields.categories.length)
    out.tags = fields.categories.map((c) => ({ term: c.term, scheme: c.scheme ?? null, label: c.label ?? null }));
  if (fields.language !== undefined) out.language = fields.language;
  if (fields.generator) {
    out.generator = fields.generator.name ?? '';
    out.generator_detail = {
      ...fields.generator,
      ...(fields.generator.uri !== undefined ? { href: fields.generator.uri } : {}),
    };
  }
  if (fields.icon !== undefined) out.icon = fields.icon;
  if (fields.logo !== undefined) out.logo = fields.logo;
  if (fields.itunes.block !== undefined) out.itunes_block = fields.itunes.block ? 1 : 0;
  if (fields.itunes.explicit !== undefined) out.itunes_explicit = fields.itunes.explicit;
  if (fields.itunes.duration !== undefined) out.itunes_duration = fields.itunes.duration;
  for (const [key, value] of Object.entries(fields.extras)) if (!(key in out)) out[key] = value;
}

function source(src: FeedSource): Dict {
  const out: Dict = {};
  common(src, out);
  if (src.link !== undefined && src.links.length === 0) out.href = src.link;
  return out;
}

function entry(e: FeedEntry): Dict {
  const out: Dict = {};
  common(e, out);
  setText(out, 'summary', e.summary);
  const firstContent = e.content[0];
  if (!e.summary && firstContent && (firstContent.type === 'text/plain' || HTML_TYPES.has(firstContent.type))) {
    setText(out, 'summary', firstContent);
  }
  if (e.content.length) out.content = e.content.map(detail);
  out.guidislink = e.guidIsLink ?? false;
  setDate(out, 'expired', e.expired);
  if (e.comments !== undefined) out.comments = e.comments;
  const links = out.links as Dict[];
  for (const enc of e.enclosures) {
    if (!links.some((l) => l.rel === 'enclosure' && l.href === enc.url))
      links.push({ rel: 'enclosure', href: enc.url, ...enclosureFields(enc) });
  }
  out.enclosures = e.enclosures.map((enc) => ({ href: enc.url, ...enclosureFields(enc) }));
  if (e.source) out.source = source(e.source);
  if (e.itunes.image !== undefined) out.image = { href: e.itunes.image };
  if (e.itunes.subtitle !== undefined) out.subtitle = e.itunes.subtitle;
  if (e.inReplyTo) out['thr_in-reply-to'] = e.inReplyTo;
  const m = e.media;
  if (m.thumbnails.length)
    out.media_thumbnail = m.thumbnails.map((t) => ({
      url: t.url,
      ...(t.width ? { width: String(t.width) } : {}),
      ...(t.height ? { height: String(t.height) } : {}),
    }));
  if (m.contents.length) out.media_content = m.contents.map((c) => ({ ...c }));
  if (m.credits.length) out.media_credit = m.credits;
  if (m.restriction)
    out.media_restriction = { ...m.restriction, content: m.restriction.content.split(/\s+/).filter(Boolean) };
  if (m.license) out.media_license = m.license;
  if (m.rating) out.media_rating = m.rating;
  if (m.player) out.media_player = { ...m.player, content: '' };
  const license = e.links.find((l) => l.rel === 'license');
  if (license) out.license = license.href;
  return out;
}

function enclosureFields(enc: { type?: string; length?: string }): Dict {
  return {
    ...(enc.length !== undefined ? { length: enc.length } : {}),
    ...(enc.type !== undefined ? { type: enc.type } : {}),
  };
}

export function toFeedparserDict(result: ParseFeedResult): Dict {
  if (!result.ok) return { bozo: 1, encoding: result.encoding, version: '', feed: {}, entries: [] };
  const feed: Dict = {};
  const f = result.feed;
  common(f, feed);
  setText(feed, 'info', f.info);
  if (f.image) {
    const { url, ...rest } = f.image;
    feed.image = { ...rest, ...(url !== undefined ? { href: url } : {}) };
  }
  if (f.docs !== undefined) feed.docs = f.docs;
  if (f.ttl !== undefined) feed.ttl = f.ttl;
  if (f.cloud) feed.cloud = f.cloud;
  if (f.textInput) feed.textinput = f.textInput;
  setDate(feed, 'validity_start', f.validity?.start);
  setDate(feed, 'validity_end', f.validity?.end);
  return {
    bozo: result.bozo ? 1 : 0,
    encoding: result.encoding,
    version: result.version,
    feed,
    entries: result.entries.map(entry),
  };
}
