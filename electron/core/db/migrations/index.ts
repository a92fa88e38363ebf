/** Every migration in order. Append only: a shipped migration never changes. */
import { librarySchema } from './001-library';
import { searchIndex } from './002-search';
import { imageIndex } from './003-image-index';
import { unreadIndexes } from './004-unread-indexes';
import { timeBlocks } from './005-time-blocks';
import { restoreAndImports } from './006-restore-and-imports';
import { redirectStreaks } from './007-redirect-streaks';
import { failureCauses } from './008-failure-causes';
import { articleLanguageSource } from './009-article-language-source';
import { imageThumbnails } from './010-image-thumbnails';
import { feedIcons } from './011-feed-icons';
import { accountsSchema } from './012-accounts';
import { keptNotes } from './013-kept-notes';
import { remotePendingItems } from './014-remote-pending-items';
import { markAllAndLabels } from './015-mark-all-and-labels';
import { pageTitleAndByline } from './016-page-title-and-byline';
import { articleSourceHash } from './017-article-source-hash';
import { rulesSchema } from './018-rules';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  librarySchema,
  searchIndex,
  imageIndex,
  unreadIndexes,
  timeBlocks,
  restoreAndImports,
  redirectStreaks,
  failureCauses,
  articleLanguageSource,
  imageThumbnails,
  feedIcons,
  accountsSchema,
  keptNotes,
  remotePendingItems,
  markAllAndLabels,
  pageTitleAndByline,
  articleSourceHash,
  rulesSchema,
];

export const LATEST_VERSION = migrations.length;
