/**
 * Runs the story grouper over one half of the labelled set as the library runs it over a sync: articles in order
 * of publication (ties by id), each placed once, incrementally. Returns article id → story id for the scorer.
 */
import { DEFAULT_GROUPING, StoryGrouper, type GroupingOptions } from '../../../electron/core/stories/story-grouper';
import type { LabelledArticle } from './labelled-set';

export function inArrivalOrder(records: readonly LabelledArticle[]): LabelledArticle[] {
  return [...records].sort(
    (a, b) => Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function groupLabelled(
  records: readonly LabelledArticle[],
  options: GroupingOptions = DEFAULT_GROUPING,
): Map<string, string> {
  const grouper = new StoryGrouper(options);
  const stories = new Map<string, string>();
  for (const record of inArrivalOrder(records)) {
    const { storyId } = grouper.add({
      id: record.id,
      time: Date.parse(record.published),
      title: record.title,
      lead: record.lead,
      link: record.link,
      canonical: record.canonical,
      source: record.feed,
    });
    stories.set(record.id, storyId);
  }
  return stories;
}
