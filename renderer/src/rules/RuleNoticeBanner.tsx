/** What applying a rule changed, above the panes, with Undo while it can still be taken back. */
import { Icon } from '../ui/Icon';
import { useRuleEditing } from './rule-editing';
import '../ui/banner.css';

export function RuleNoticeBanner() {
  const { notice, undo, dismissNotice } = useRuleEditing();
  // The live region stays in the page, so what is put in it is read out.
  return (
    <div className="rule-notice" role="status">
      {notice && (
        <div className="banner banner--info">
          <Icon name="info" className="banner__icon" />
          <div className="banner__text">
            <span className="banner__message">{notice.text}</span>
          </div>
          {notice.canUndo && (
            <button type="button" className="button button--small" onClick={undo}>
              Undo
            </button>
          )}
          <button
            type="button"
            className="banner__dismiss"
            aria-label="Dismiss the rule’s message"
            onClick={dismissNotice}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
