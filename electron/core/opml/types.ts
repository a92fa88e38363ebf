/** What an OPML subscription list holds once read, and what importing it did. */

export interface OpmlFeed {
  /** The feed address, normalized (absolute http(s), no fragment). */
  url: string;
  title: string;
  siteUrl: string | null;
  /** The section it belongs to: its top-level folder's name, null at the top level. */
  section: string | null;
}

/** `failed`: a sync service's server would not subscribe to it (or it was not sent: the import stopped). */
export type OpmlEntryStatus = 'imported' | 'skipped' | 'invalid' | 'failed';

/** One outline's fate, so the reader can see why a subscription did not come across. */
export interface OpmlEntryReport {
  status: OpmlEntryStatus;
  /** The address as written (trimmed, cut to a sane length). */
  url: string;
  title: string;
  section: string | null;
  reason?: string;
}

export interface OpmlDocument {
  ok: true;
  title: string | null;
  dateCreated: string | null;
  /** Section names in document order, each once. */
  sections: string[];
  /** Valid, unique feeds in document order. */
  feeds: OpmlFeed[];
  /** Duplicates and refused outlines, with reasons (the first thousand). */
  rejected: OpmlEntryReport[];
  /** Duplicate outlines, all of them. */
  skipped: number;
  /** Outlines whose address was refused, all of them. */
  invalid: number;
  /** Recovery notes: not well-formed, too many outlines… */
  warnings: string[];
}

export interface OpmlParseError {
  ok: false;
  message: string;
}

export type ParseOpmlResult = OpmlDocument | OpmlParseError;

export interface OpmlImportResult {
  imported: number;
  skipped: number;
  invalid: number;
  /** Into a sync service's account: outlines its server did not subscribe to (absent for the local account). */
  failed?: number;
  sectionsCreated: number;
  entries: OpmlEntryReport[];
  warnings: string[];
}
