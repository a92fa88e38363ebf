/** XML text to an element tree: strictly when the document allows it, loosely (and flagged) when not. */
import { parseLoose } from './parse-loose';
import { parseStrict } from './parse-strict';
import type { TreeOptions, XmlElement } from './tree';

export interface XmlDocument {
  root: XmlElement | undefined;
  /** Not well-formed: the reason, for the feed's warnings. */
  wellFormedError?: string;
  warnings: string[];
}

export function parseXml(text: string, options: TreeOptions): XmlDocument {
  const strict = parseStrict(text, options);
  if (strict.ok) return { root: strict.builder.root, warnings: strict.builder.warnings };
  const loose = parseLoose(text, options);
  return { root: loose.root, wellFormedError: strict.error, warnings: loose.warnings };
}
