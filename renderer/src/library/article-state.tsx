import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ArticleSummary } from '@contract/library-models';

/**
 * Read and bookmark state the reader changed in this window, laid over the
 * lists' loaded pages. Lists are paged and virtualized, so patching the one
 * shared map is cheaper and simpler than reloading every page after a click;
 * fresh pages from the core agree with it anyway.
 */
export interface ArticleFlags {
  isRead?: boolean;
  isBookmarked?: boolean;
}

interface ArticleStateValue {
  flags: ReadonlyMap<string, ArticleFlags>;
  patch: (ids: readonly string[], flags: ArticleFlags) => void;
}

const ArticleStateContext = createContext<ArticleStateValue | null>(null);

export function ArticleStateProvider({ children }: { children: ReactNode }) {
  const [flags, setFlags] = useState<ReadonlyMap<string, ArticleFlags>>(new Map());
  const patch = useCallback((ids: readonly string[], next: ArticleFlags) => {
    setFlags((current) => {
      const copy = new Map(current);
      for (const id of ids) copy.set(id, { ...copy.get(id), ...next });
      return copy;
    });
  }, []);
  const value = useMemo(() => ({ flags, patch }), [flags, patch]);
  return <ArticleStateContext value={value}>{children}</ArticleStateContext>;
}

export function useArticleState(): ArticleStateValue {
  const value = useContext(ArticleStateContext);
  if (!value) throw new Error('useArticleState() needs an <ArticleStateProvider> above it.');
  return value;
}

/** The summary with what the reader changed since it loaded. */
export function withFlags<T extends ArticleSummary>(article: T, flags: ReadonlyMap<string, ArticleFlags>): T {
  const changed = flags.get(article.id);
  return changed ? { ...article, ...changed } : article;
}
