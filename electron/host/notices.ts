/**
 * Messages for the reader that may arise before any window exists (a settings
 * file set aside at start-up, a worker restart). They are kept until dismissed
 * so the UI can show them whenever it connects.
 */
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from '../api/contract';
import type { Notice } from '../api/models';

export class NoticeBoard {
  private readonly notices: Notice[] = [];

  constructor(private readonly emit: EventEmitter) {}

  add(input: Pick<Notice, 'level' | 'title' | 'message'>): Notice {
    const notice: Notice = { ...input, id: randomUUID(), createdAt: new Date().toISOString() };
    this.notices.push(notice);
    this.emit('app.notice', notice);
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  dismiss(id: string): void {
    const index = this.notices.findIndex((notice) => notice.id === id);
    if (index >= 0) this.notices.splice(index, 1);
  }
}
