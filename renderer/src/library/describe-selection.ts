/** The list pane's title and empty state for a selection. */
import type { Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
import { SMART_VIEWS, type Selection } from './views';

export function describeSelection(selection: Selection, sections: Section[], feeds: Feed[]) {
  switch (selection.kind) {
    case 'smart': {
      const view = SMART_VIEWS.find((candidate) => candidate.id === selection.id) ?? SMART_VIEWS[0]!;
      return { title: view.name, emptyTitle: view.emptyTitle, emptyHint: view.emptyHint };
    }
    case 'section': {
      const name = sections.find((section) => section.id === selection.id)?.name ?? 'Section';
      return {
        title: name,
        emptyTitle: 'No articles in this section',
        emptyHint: 'Add a feed to this section to fill it.',
      };
    }
    case 'feed': {
      const title = feeds.find((feed) => feed.id === selection.id)?.title ?? 'Feed';
      return {
        title,
        emptyTitle: 'No articles from this feed',
        emptyHint: 'New articles appear here after the feed refreshes.',
      };
    }
    case 'search':
      return { title: `Search: ${selection.id}`, emptyTitle: 'No matches', emptyHint: 'Try other words.' };
    case 'category':
      return {
        title: selection.id,
        emptyTitle: 'No articles in this category',
        emptyHint: 'Articles tagged with it will appear here.',
      };
  }
}
