/**
 * The rules' contract methods (issue 18). Whatever changes what lists and counts show (an apply, an undo, showing
 * hidden articles again) emits `library.countsChanged`, so open views reload.
 */
import type { EventEmitter, Handlers } from '../../api/contract';
import type { rulesMethods } from '../../api/methods/rules';
import { countUnread } from '../library/articles/counts';
import type { Library } from '../library/open-library';
import { toRowId } from '../library/row-ids';
import { setHiddenByRule } from '../library/tables/articles-table';
import { transaction } from '../db/sql';
import { applyRule, undoApply } from './apply-rule';
import { exportRulesText, importRulesText } from './rule-file';
import { previewRule } from './rule-preview';
import { listRules, removeRule, reorderRules, saveRule } from './rule-store';

export interface RulesHandlerOptions {
  emit: EventEmitter;
  now?: () => number;
}

export function createRulesHandlers(
  library: Library,
  options: RulesHandlerOptions,
): Handlers<keyof typeof rulesMethods> {
  const now = options.now ?? Date.now;
  const db = () => library.db();
  const changed = <T extends { changed: number } | { restored: number }>(value: T): T => {
    if (('changed' in value ? value.changed : value.restored) > 0)
      options.emit('library.countsChanged', countUnread(db(), now()));
    return value;
  };
  return {
    'rules.list': () => listRules(db()),
    'rules.save': (input, id) => saveRule(db(), input, id, now()),
    'rules.remove': (id) => (removeRule(db(), id), null),
    'rules.reorder': (ids) => reorderRules(db(), ids),
    'rules.preview': (input, newest) => previewRule(db(), input, newest),
    'rules.apply': (id) => changed(applyRule(db(), id, now())),
    'rules.undoApply': () => changed(undoApply(db(), now())),
    'rules.unhide': (ids) => {
      const rowIds = ids.map((id) => toRowId(id, 'article'));
      return changed({ changed: transaction(db(), () => setHiddenByRule(db(), rowIds, false)) });
    },
    'rules.exportText': () => exportRulesText(db()),
    'rules.importText': (text) => importRulesText(db(), text, now()),
  };
}
