import type { ArticleSummary } from '@contract/library-models';

/** "+ 4 sources" beside a story's lead: how many other outlets tell it; null for an article told once. */
export function otherSourcesLabel(article: Pick<ArticleSummary, 'story'>): string | null {
  if (!article.story) return null;
  const others = article.story.sources - 1;
  return others === 1 ? '+ 1 source' : `+ ${others} sources`;
}
