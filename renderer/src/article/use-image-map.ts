/**
 * `images.map` for the open article: which of its pictures the offline cache
 * holds. Null until the first answer; a failed lookup counts as "nothing
 * cached" (the article still shows, with its web images when online). A new
 * `version` (after fetching the full text) asks again without blanking the
 * pictures already shown.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import type { ImageMap } from './offline-images';

export function useImageMap(articleId: string, version: number): ImageMap | null {
  const api = useApi();
  const [state, setState] = useState<{ id: string; map: ImageMap } | null>(null);
  useEffect(() => {
    let current = true;
    api.call('images.map', articleId).then(
      (map) => current && setState({ id: articleId, map }),
      () => current && setState((previous) => (previous?.id === articleId ? previous : { id: articleId, map: {} })),
    );
    return () => {
      current = false;
    };
  }, [api, articleId, version]);
  return state?.id === articleId ? state.map : null;
}
