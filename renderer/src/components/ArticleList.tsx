import type { Section } from '../../../electron/api/models';
import { SMART_VIEWS, type Selection } from '../library/views';
import { EmptyState } from './EmptyState';
import './article-list.css';

/**
 * The middle pane. There are no articles in the contract yet, so every view
 * shows its empty state; the header still names what is selected.
 */
export function ArticleList({ selection, sections }: { selection: Selection; sections: Section[] }) {
  const { title, emptyTitle, emptyHint } = describe(selection, sections);
  return (
    <section className="pane article-list" aria-labelledby="article-list-title">
      <header className="pane-header">
        <h2 className="pane-header__title" id="article-list-title">
          {title}
        </h2>
      </header>
      <div className="article-list__body">
        <EmptyState icon="list" title={emptyTitle}>
          {emptyHint}
        </EmptyState>
      </div>
    </section>
  );
}

function describe(selection: Selection, sections: Section[]) {
  if (selection.kind === 'smart') {
    const view = SMART_VIEWS.find((candidate) => candidate.id === selection.id) ?? SMART_VIEWS[0]!;
    return { title: view.name, emptyTitle: view.emptyTitle, emptyHint: view.emptyHint };
  }
  const name = sections.find((section) => section.id === selection.id)?.name ?? 'Section';
  return { title: name, emptyTitle: 'No articles in this section', emptyHint: 'Add a feed to this section to fill it.' };
}
