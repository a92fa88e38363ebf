/**
 * Tags (comma-separated) and a note for a bookmarked article. It edits a
 * copy in its fields; the bookmark itself lives in the shared article state,
 * which saving updates.
 */
import { useState, type FormEvent } from 'react';
import { LIMITS, type Bookmark } from '@contract/library-models';
import { useArticleActions } from '../library/use-article-actions';

/** Room for the most tags the contract takes, each at its longest, with ", " between them. */
const TAGS_TEXT_MAX = LIMITS.tags * (LIMITS.tag + 2);

export function BookmarkEditor({
  articleId,
  bookmark,
  onSaved,
  onClose,
}: {
  articleId: string;
  bookmark: Bookmark | null;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { saveBookmark } = useArticleActions();
  const [tags, setTags] = useState(bookmark?.tags.join(', ') ?? '');
  const [note, setNote] = useState(bookmark?.note ?? '');
  const [saving, setSaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = [
      ...new Set(
        tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ].slice(0, LIMITS.tags);
    setSaving(true);
    void saveBookmark(articleId, { tags: list, note }).then((saved) => {
      setSaving(false);
      if (saved) onSaved();
    });
  };

  return (
    <form className="bookmark-editor" aria-label="Bookmark tags and note" onSubmit={submit}>
      <label className="bookmark-editor__field">
        <span>Tags</span>
        <input
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          placeholder="e.g. climate, long read"
          maxLength={TAGS_TEXT_MAX}
        />
      </label>
      <label className="bookmark-editor__field">
        <span>Note</span>
        <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={LIMITS.note} />
      </label>
      <div className="bookmark-editor__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
