import type { RefObject } from 'react';
import type { FeedCandidate } from '@contract/methods/feeds';

const FORMATS: Record<FeedCandidate['format'], string> = {
  rss: 'RSS',
  rdf: 'RSS 1.0',
  atom: 'Atom',
  json: 'JSON Feed',
};

/** The feeds an address offers; the reader ticks the ones to subscribe to. */
export function CandidateList({
  candidates,
  chosen,
  onChange,
  firstRef,
}: {
  candidates: FeedCandidate[];
  chosen: string[];
  onChange: (next: string[]) => void;
  /** The first feed's checkbox, which takes the focus once the feeds are found. */
  firstRef: RefObject<HTMLInputElement | null>;
}) {
  const toggle = (url: string, on: boolean) =>
    onChange(on ? [...chosen, url] : chosen.filter((other) => other !== url));
  return (
    <fieldset className="candidates">
      <legend className="field__label">
        {candidates.length === 1 ? 'Feed found' : `${candidates.length} feeds found`}
      </legend>
      <ul className="candidates__list">
        {candidates.map((candidate, index) => (
          <li key={candidate.url}>
            <label className="candidate">
              <input
                type="checkbox"
                ref={index === 0 ? firstRef : undefined}
                checked={chosen.includes(candidate.url)}
                onChange={(event) => toggle(candidate.url, event.target.checked)}
              />
              <span className="candidate__text">
                <span className="candidate__title">{candidate.title || candidate.url}</span>
                <span className="candidate__url">
                  {FORMATS[candidate.format]} · {candidate.url}
                </span>
                <Headlines candidate={candidate} />
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** What the feed brings, before subscribing: its newest headlines. */
function Headlines({ candidate }: { candidate: FeedCandidate }) {
  if (candidate.latest.length === 0) return <span className="candidate__empty">No articles in it yet</span>;
  return (
    <ul className="candidate__latest" aria-label={`Latest in ${candidate.title || candidate.url}`}>
      {candidate.latest.map((headline, index) => (
        <li key={index}>
          {headline.title}
          {headline.publishedAt && <time dateTime={headline.publishedAt}> · {formatDay(headline.publishedAt)}</time>}
        </li>
      ))}
    </ul>
  );
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
