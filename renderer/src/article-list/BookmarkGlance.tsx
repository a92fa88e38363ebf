/**
 * A bookmark's tags and the first line of its note under its row in the
 * bookmarks list, so the reader finds "the one I tagged seoul" or "the one I
 * noted for the plane" without opening each. One line each, clipped; the
 * list's fixed row heights grow by `glanceHeight`.
 */
import type { ArticleSummary } from '@contract/library-models';

type Glance = NonNullable<ArticleSummary['bookmarkGlance']>;

/** The height of one glance line; matches `.bookmark-glance__*` in article-list.css. */
export const GLANCE_LINE_HEIGHT = 18;

/** The extra height a row needs for its glance lines. */
export function glanceHeight(glance: Glance | undefined): number {
  if (!glance) return 0;
  return ((glance.tags.length > 0 ? 1 : 0) + (glance.note !== '' ? 1 : 0)) * GLANCE_LINE_HEIGHT;
}

export function BookmarkGlance({ glance }: { glance: Glance }) {
  return (
    <>
      {glance.tags.length > 0 && (
        <span className="bookmark-glance__tags">
          <span className="visually-hidden">Tags: </span>
          {glance.tags.map((tag, i) => (
            <span key={tag} className="bookmark-glance__tag">
              {tag}
              {/* Spoken between tags and after the last, where the eye sees separate chips. */}
              <span className="visually-hidden">{i < glance.tags.length - 1 ? ', ' : '. '}</span>
            </span>
          ))}
        </span>
      )}
      {glance.note !== '' && (
        <span className="bookmark-glance__note">
          <span className="visually-hidden">Note: </span>
          {glance.note}
        </span>
      )}
    </>
  );
}
