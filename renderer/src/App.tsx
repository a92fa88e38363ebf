import { useState } from 'react';
import { ArticleList } from './components/ArticleList';
import { Banners } from './components/Banners';
import { ReadingPane } from './components/ReadingPane';
import { Sidebar } from './components/Sidebar';
import { useApiQuery } from './hooks/use-api-query';
import { useCoreStatus } from './hooks/use-core-status';
import { useNotices } from './hooks/use-notices';
import { DEFAULT_SELECTION, type Selection } from './library/views';
import { useThemeSetting } from './theme/use-theme-setting';
import './styles/layout.css';

/** The three-pane shell: sidebar, article list, reading pane, with messages above. */
export function App() {
  const [selection, setSelection] = useState<Selection>(DEFAULT_SELECTION);
  const { status, recoveries } = useCoreStatus();
  const sections = useApiQuery('sections.list', [], recoveries);
  const { notices, dismiss } = useNotices();
  const { theme, setTheme } = useThemeSetting();

  return (
    <div className="app">
      <Banners status={status} notices={notices} onDismissNotice={dismiss} />
      <div className="panes">
        <Sidebar
          selection={selection}
          onSelect={setSelection}
          sections={sections}
          onRetrySections={sections.retry}
          theme={theme}
          onThemeChange={setTheme}
        />
        <ArticleList selection={selection} sections={sections.status === 'ready' ? sections.value : []} />
        <ReadingPane />
      </div>
    </div>
  );
}
