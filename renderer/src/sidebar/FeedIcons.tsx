/**
 * The cached icons of every feed in the sidebar, asked for in one `images.feedIcons` call and again when the core
 * says it stored new pictures (`images.cached`). Only the offline cache's addresses are kept: a feed's declared icon
 * is never loaded from its publisher, which would fail offline and tell the publisher the reader opened the app.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApi } from '../api/ApiProvider';
import { useApiEvent } from '../hooks/use-api-event';

/** The only addresses an icon may have: the offline cache's, in Electron and in the preview. */
const CACHE_URL = /^(?:bsimg:\/\/img\/|\/images\/)[A-Za-z0-9_-]{64}$/;

const FeedIconsContext = createContext<Readonly<Record<string, string>>>({});

export function FeedIconsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  const [icons, setIcons] = useState<Readonly<Record<string, string>>>({});
  useApiEvent('images.cached', () => setGeneration((n) => n + 1));
  useEffect(() => {
    let current = true;
    api.call('images.feedIcons').then(
      (answer) => current && setIcons(answer),
      // No icons is the lettered placeholders: nothing to tell the reader.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, generation]);
  return <FeedIconsContext value={icons}>{children}</FeedIconsContext>;
}

/** The feed's cached icon, or null for the lettered placeholder. */
export function useFeedIcon(feedId: string): string | null {
  const src = useContext(FeedIconsContext)[feedId];
  return src !== undefined && CACHE_URL.test(src) ? src : null;
}
