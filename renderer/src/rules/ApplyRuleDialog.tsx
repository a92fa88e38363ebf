/** After a new rule is saved: run it over the articles already stored too? Nothing changes unless the reader says so. */
import type { Rule } from '@contract/rule-model';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';
import { useSubmit } from '../subscriptions/use-submit';

export function ApplyRuleDialog({
  rule,
  matches,
  justSaved,
  onApply,
  onClose,
}: {
  rule: Rule;
  matches: number;
  /** Offered right after saving a new rule, rather than asked for from the list. */
  justSaved: boolean;
  onApply: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { busy, error, run } = useSubmit();
  const articles = matches === 1 ? '1 article' : `${matches.toLocaleString('en')} articles`;
  return (
    <Modal
      title={justSaved ? 'Apply to existing articles?' : `Apply “${rule.name}” now?`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {justSaved ? 'Only new articles' : 'Cancel'}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(onApply, onClose)}
          >
            {busy ? 'Applying…' : `Apply to ${articles}`}
          </button>
        </>
      }
    >
      <p>
        {justSaved
          ? `“${rule.name}” is saved and will act on articles as they arrive. It also matches ${articles} you already have.`
          : `“${rule.name}” matches ${articles} you already have.`}
      </p>
      <p className="field__hint">You can undo this right after.</p>
      <FormError message={error} />
    </Modal>
  );
}
