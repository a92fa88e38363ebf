/**
 * Why a file is not restored, in words for the reader. Every refusal happens
 * before anything is written (or rolls back what was), and says so.
 * `details.reason` lets the UI and tests tell the cases apart.
 */
import { ApiError } from '../../api/errors';

export type RefusalReason = 'foreign' | 'damaged' | 'newer' | 'unreadable';

const UNCHANGED = 'Nothing was changed.';

export function refuse(reason: RefusalReason, detail?: string): ApiError {
  const text: Record<RefusalReason, string> = {
    foreign: 'This file is not a Broadsheet backup.',
    damaged: `This backup is damaged${detail ? ` (${detail})` : ''} and cannot be restored.`,
    newer: `This backup was made by a newer version of Broadsheet${detail ? ` (backup format ${detail})` : ''}. Update Broadsheet to restore it.`,
    unreadable: `The backup file could not be read${detail ? `: ${detail}` : ''}.`,
  };
  return new ApiError('INVALID_ARGUMENTS', `${text[reason]} ${UNCHANGED}`, { reason });
}
