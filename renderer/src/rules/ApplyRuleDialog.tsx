/** After a new rule is saved: run it over the articles already stored too? Nothing changes unless the reader says so. */
import type { Rule } from '@contract/rule-model';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';
import { useSubmit } from '../subscriptions/use-submit';

export function ApplyRuleDialog({
  rule,
  matches,
  onApply,
  onClose,
}: {
  rule: Rule;
  matches: number;
  onApply: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { busy, error, run } = useSubmit();
  const articles = matches === 1 ? '1 article' : `${matches.toLocaleString('en')} articles`;
  return (
    <Modal
      title="Apply to existing articles?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Only new articles
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
        “{rule.name}” is saved and will act on articles as they arrive. It also matches {articles} you already have.
      </p>
      <p className="field__hint">You can undo this right after.</p>
      <FormError message={error} />
    </Modal>
  );
}
