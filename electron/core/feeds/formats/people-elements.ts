/** Who wrote, contributed to and published a feed or entry. */
import type { Person } from '../types';
import { childElements, textOf, type XmlElement } from '../xml/tree';
import { defineElements, type Target } from './dispatch';
import { parsePersonText, readAtomPerson } from './people';

function readPerson(el: XmlElement): Person {
  return childElements(el).length > 0 ? readAtomPerson(el) : parsePersonText(textOf(el));
}

function isEmpty(person: Person): boolean {
  return !person.name && !person.email && !person.uri;
}

function author(el: XmlElement, target: Target): void {
  const person = readPerson(el);
  if (!isEmpty(person)) target.data.authors.push(person);
}

function contributor(el: XmlElement, target: Target): void {
  const person = readPerson(el);
  if (!isEmpty(person)) target.data.contributors.push(person);
}

function publisher(el: XmlElement, target: Target): void {
  const person = readPerson(el);
  if (!isEmpty(person)) target.data.publisher = person;
}

defineElements({
  author,
  'dc:creator': author,
  'dc:author': author,
  'itunes:author': (el, target) => {
    author(el, target);
    target.data.itunes.author = textOf(el).trim();
  },
  managingeditor: author,
  contributor,
  'dc:contributor': contributor,
  publisher,
  webmaster: publisher,
  'dc:publisher': publisher,
});
