/** Authors, contributors and publishers: Atom person constructs and RSS-style "name (email)" strings. */
import { safeLink } from '../urls';
import type { Person } from '../types';
import { childElements, textOf, type XmlElement } from '../xml/tree';
import { elementKey } from './element-key';

export function readAtomPerson(el: XmlElement): Person {
  const person: Person = {};
  for (const child of childElements(el)) {
    const key = elementKey(child);
    const value = textOf(child).trim();
    if (!value) continue;
    if (key === 'name') person.name = value;
    else if (key === 'email') person.email = value;
    else if (key === 'uri' || key === 'url' || key === 'homepage')
      person.uri = safeLink(value, child.base) || undefined;
  }
  // A person element with only text (seen in the wild) is an RSS-style string.
  if (childElements(el).length === 0) return parsePersonText(textOf(el));
  return person;
}

const EMAIL =
  /(?:mailto:)?([\w.+-]+@(?:\[[0-9]{1,3}(?:\.[0-9]{1,3}){3}\]|(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}|[0-9]{1,3}))(\?subject=\S+)?/;

/** `Name (me@example.com)`, `me@example.com (Name)`, `Name <me@example.com>` or just a name. */
export function parsePersonText(raw: string): Person {
  const text = raw.trim();
  if (!text) return {};
  const person: Person = { text };
  const match = EMAIL.exec(text);
  let name = text;
  if (match) {
    person.email = match[1]!;
    name = text.replace(match[0], '').replace('()', '').replace('<>', '').trim();
    if (name.startsWith('(')) name = name.slice(1);
    if (name.endsWith(')')) name = name.slice(0, -1);
    name = name.trim();
  }
  if (name) person.name = name;
  return person;
}

export function personLabel(person: Person | undefined): string | undefined {
  if (!person) return undefined;
  if (person.text) return person.text;
  if (person.name && person.email) return `${person.name} (${person.email})`;
  return person.name ?? person.email;
}
