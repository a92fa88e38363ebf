import { describe, expect, it } from 'vitest';
import { StoryGrouper, type StoryArticle } from '../../../electron/core/stories/story-grouper';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2025, 3, 8, 3, 30);

function article(id: string, hours: number, title: string, lead: string, links: Partial<StoryArticle> = {}) {
  return { id, time: T0 + hours * HOUR, title, lead, ...links };
}

const wire = article(
  'wire',
  0,
  'Mongolian president arrives in Pyongyang for first state visit',
  'Mongolian President Tsendiin Ganbold arrived in Pyongyang on Tuesday for a three-day state visit, the first by a Mongolian leader in two decades.',
  { link: 'https://meridianwire.example/korea/ganbold-pyongyang' },
);
const rewrite = article(
  'rewrite',
  3,
  'Why is Mongolia’s president in Pyongyang?',
  'Ganbold’s three-day state visit to Pyongyang, which began on Tuesday, is the first by a Mongolian leader in twenty years.',
);
const reprint = article('reprint', 5, 'Ulaanbaatar looks north: a visit', 'Copy as the wire sent it.', {
  link: 'https://dailyledger.example/news/445',
  canonical: 'https://www.meridianwire.example/korea/ganbold-pyongyang/',
});

function placeAll(articles: readonly StoryArticle[]): Record<string, string> {
  const grouper = new StoryGrouper();
  return Object.fromEntries(articles.map((item) => [item.id, grouper.add(item).storyId]));
}

describe('story grouping', () => {
  it('groups a rewrite from another outlet with the story it retells, under the first article’s id', () => {
    expect(placeAll([wire, rewrite])).toEqual({ wire: 'wire', rewrite: 'wire' });
  });

  it('groups a reprint by its canonical link whatever its headline says', () => {
    const grouper = new StoryGrouper();
    grouper.add(wire);
    expect(grouper.add(reprint)).toMatchObject({ storyId: 'wire', reason: 'link', with: 'wire' });
  });

  it('keeps the same words apart when they are further apart in time than the window', () => {
    const weekLater = { ...rewrite, id: 'later', time: wire.time + 7 * 24 * HOUR };
    expect(placeAll([wire, weekLater])).toEqual({ wire: 'wire', later: 'later' });
  });

  it('keeps a near miss apart: the same market headline on two different days', () => {
    const monday = article(
      'monday',
      0,
      'Stocks close higher as tech shares rally',
      'Wall Street closed higher on Monday as technology shares rallied for a second session.',
    );
    const tuesday = article(
      'tuesday',
      22,
      'Stocks close higher as banks rally',
      'Wall Street closed higher on Tuesday as bank shares rallied.',
    );
    expect(placeAll([monday, tuesday])).toEqual({ monday: 'monday', tuesday: 'tuesday' });
  });

  it('keeps a different event about the same topic apart', () => {
    const quake = article(
      'crete',
      0,
      'Magnitude 6.1 earthquake strikes off southern Crete',
      'A strong earthquake struck off the southern coast of Crete early on Monday, the Greek geodynamic institute said.',
    );
    const budget = article(
      'budget',
      2,
      'Greek parliament approves budget',
      'Greece’s parliament approved the 2025 budget on Monday after a three-day debate.',
    );
    expect(placeAll([quake, budget])).toEqual({ crete: 'crete', budget: 'budget' });
  });

  it('gives the same stories for the same articles in the same order, every time', () => {
    const articles = [wire, rewrite, reprint];
    expect(placeAll(articles)).toEqual(placeAll(articles));
  });

  it('places each article once, as it arrives: a later article never moves an earlier one', () => {
    const grouper = new StoryGrouper();
    const unrelated = article('other', 1, 'Central bank holds rates', 'The central bank kept its rate at 2.5%.');
    expect(grouper.add(wire).reason).toBe('alone');
    expect(grouper.add(unrelated).reason).toBe('alone');
    const joined = grouper.add(rewrite);
    expect(joined).toMatchObject({ storyId: 'wire', reason: 'words', with: 'wire' });
    // A third copy joins the story of the article it is closest to, the same story.
    expect(grouper.add({ ...rewrite, id: 'copy', time: rewrite.time + HOUR }).storyId).toBe('wire');
  });

  it('remembers articles placed earlier (read back from the library) and groups new ones with them', () => {
    const first = new StoryGrouper();
    const { signature } = first.add(wire);
    const later = new StoryGrouper();
    later.remember(signature);
    expect(later.add(rewrite).storyId).toBe('wire');
  });
});
