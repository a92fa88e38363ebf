/**
 * One section's band on the broadsheet: its name, unread count and "See all", then its lead story and the grid of
 * the next ones, in reading order (lead-first.ts). The band is a region named by its heading, the stories a list.
 */
import type { ArticleSummary } from '@contract/library-models';
import type { PictureSize, RowPicture } from '../article-list/use-list-pictures';
import { FrontStory } from './FrontStory';

export interface FrontSection {
  sectionId: string | null;
  name: string;
  unreadCount: number;
  articles: ArticleSummary[];
}

interface FrontBandProps {
  section: FrontSection;
  pictureOf: (article: ArticleSummary, size?: PictureSize) => RowPicture;
  onOpen: (id: string) => void;
  onSeeAll: (sectionId: string) => void;
}

export function FrontBand({ section, pictureOf, onOpen, onSeeAll }: FrontBandProps) {
  const headingId = `front-${section.sectionId ?? 'none'}`;
  return (
    <section className="front-band" aria-labelledby={headingId}>
      <SectionHeader section={section} headingId={headingId} onSeeAll={onSeeAll} />
      <ul className="front-band__stories">
        {section.articles.map((article, index) => (
          <FrontStory
            key={article.id}
            article={article}
            lead={index === 0}
            picture={pictureOf(article, index === 0 ? 'image' : 'thumbnail')}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </section>
  );
}

/** A section's name over its stories: the same header on the broadsheet and in the front page's column. */
export function SectionHeader({
  section,
  headingId,
  onSeeAll,
}: {
  section: FrontSection;
  headingId: string;
  onSeeAll: (sectionId: string) => void;
}) {
  return (
    <header className="front-section__header">
      <h3 className="front-section__name" id={headingId}>
        {section.name}
      </h3>
      {section.unreadCount > 0 && <span className="front-section__count">{section.unreadCount} unread</span>}
      {section.sectionId && (
        <button type="button" className="link-button front-section__all" onClick={() => onSeeAll(section.sectionId!)}>
          See all<span className="visually-hidden"> in {section.name}</span>
        </button>
      )}
    </header>
  );
}
