import { gradientPng, pngDataUrl } from '../../../support/png';

/** Plausible stories for the seeded library, so screenshots look like a real morning's reading. */
export interface StorySeed {
  title: string;
  summary: string;
  author?: string;
  categories?: string[];
}

export const PALETTE: [number, number, number][][] = [
  [
    [46, 91, 160],
    [118, 162, 214],
  ],
  [
    [168, 74, 52],
    [232, 170, 120],
  ],
  [
    [46, 120, 96],
    [150, 206, 170],
  ],
  [
    [96, 72, 150],
    [190, 168, 226],
  ],
  [
    [150, 120, 40],
    [232, 206, 130],
  ],
];

export const image = (index: number, wide = false) => {
  const [top, bottom] = PALETTE[index % PALETTE.length]!;
  return pngDataUrl(wide ? gradientPng(top!, bottom!, 20, 48) : gradientPng(top!, bottom!));
};

export const WORLD: StorySeed[] = [
  {
    title: 'Coastal cities draw up a shared plan for rising seas',
    summary:
      'Twelve port cities agreed to pool data and engineering crews, a first for a region that has long planned alone.',
    author: 'Maria Lindqvist',
    categories: ['Climate', 'Cities'],
  },
  {
    title: 'Election officials test a paper trail for every ballot',
    summary: 'The pilot runs in three districts and will decide whether hand-counted audits become routine next year.',
    author: 'James Okafor',
    categories: ['Politics'],
  },
  {
    title: 'Grain shipments resume after a month-long blockade',
    summary: 'The first convoy left at dawn under a corridor agreement brokered over six weeks of talks.',
    categories: ['Trade'],
  },
  {
    title: 'A quiet border town becomes a hub for night trains',
    summary: 'Sleeper services have tripled in two years, and the station café now opens at four in the morning.',
    author: 'Elena Sørensen',
    categories: ['Travel'],
  },
  {
    title: 'Doctors warn of a longer pollen season',
    summary: 'Warmer springs are stretching allergy season by almost three weeks in parts of the north.',
    categories: ['Health', 'Climate'],
  },
  {
    title: 'Parliament passes a library funding bill',
    summary: 'Rural branches will keep their opening hours after a cross-party vote late on Tuesday.',
  },
];

export const TECH: StorySeed[] = [
  {
    title: 'The slow return of the offline-first app',
    summary: 'Developers are rediscovering local databases and sync engines that treat the network as optional.',
    author: 'Priya Raman',
    categories: ['Software'],
  },
  {
    title: 'A tiny SQLite extension that makes search feel instant',
    summary: 'Full-text indexes with trigram tokenizers bring fuzzy matching to apps that run entirely on device.',
    author: 'Tom Becker',
    categories: ['Software', 'Databases'],
  },
  {
    title: 'Why your laptop fan spins up when you open a tab',
    summary: 'A look at timers, layout thrashing and the background work browsers try to throttle.',
    categories: ['Browsers'],
  },
  {
    title: 'Open hardware keyboards find a mainstream audience',
    summary: 'Hot-swappable switches and open firmware have moved from hobby forums to department stores.',
  },
  {
    title: 'Inside the effort to keep old web pages readable',
    summary: 'Archivists explain how they preserve pages whose scripts and trackers no longer load.',
    categories: ['Web'],
  },
];

export const CULTURE: StorySeed[] = [
  {
    title: 'A novelist returns to the island that made her',
    summary: 'Her new book is set in the fishing village where she spent every childhood summer.',
    author: 'Ana Duarte',
    categories: ['Books'],
  },
  {
    title: 'The comeback of the neighbourhood cinema',
    summary: 'Single-screen theatres are reopening with volunteer projectionists and ten-euro tickets.',
    categories: ['Film'],
  },
  {
    title: 'Museums lend their storerooms to local schools',
    summary: 'Objects that have not been displayed in decades are travelling to classrooms instead.',
  },
  {
    title: 'A choir of three hundred sings in a disused mine',
    summary: 'The acoustics, organisers say, are unlike anything above ground.',
    categories: ['Music'],
  },
];

export function longBody(seed: StorySeed, index: number): string {
  const paragraph = (n: number) =>
    `<p>${seed.summary} Paragraph ${n + 1} goes on with the details a careful reader wants: who was there, what they said, ` +
    'what it will cost and when the next decision falls. Reporters spoke to people on every side, and the numbers were checked twice.</p>';
  return [
    paragraph(0),
    `<figure><img src="${image(index, true)}" alt="An illustration for the story" width="640" height="267"><figcaption>An illustration, kept offline with the article.</figcaption></figure>`,
    paragraph(1),
    '<blockquote>“We planned for the storm we remembered, not the one that is coming,” one engineer said.</blockquote>',
    paragraph(2),
    '<h2>What happens next</h2>',
    paragraph(3),
    '<ul><li>A first report is due in the spring.</li><li>Public hearings start next month.</li></ul>',
    ...Array.from({ length: 8 }, (_, n) => paragraph(n + 4)),
    '<p>Further reading: <a href="https://example.com/background">the background briefing</a>.</p>',
  ].join('\n');
}
