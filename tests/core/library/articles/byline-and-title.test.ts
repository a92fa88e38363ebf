import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../electron/core/library/articles/byline';
import { chooseTitle } from '../../../../electron/core/library/articles/chosen-title';

describe('a byline is a name, never a URL', () => {
  it('drops a byline that is only an address', () => {
    expect(cleanByline('http://www.lejournal.example/auteur/jean-dupont/')).toBeNull();
    expect(cleanByline('https://news.example/people/jane')).toBeNull();
    expect(cleanByline('www.example.com/author/jane')).toBeNull();
    expect(cleanByline('lejournal.example/auteur/jean-dupont')).toBeNull();
    expect(cleanByline('mailto:desk@news.example')).toBeNull();
    expect(cleanByline('   ')).toBeNull();
    expect(cleanByline(null)).toBeNull();
  });

  it('keeps the name beside an address, without the page’s "By"', () => {
    expect(cleanByline('By Jane Doe (https://news.example/people/jane)')).toBe('Jane Doe');
    expect(cleanByline('Par  Jean Dupont | http://lejournal.example/auteur/jean')).toBe('Jean Dupont');
    expect(cleanByline('Jane Doe, desk@news.example')).toBe('Jane Doe');
  });

  it('leaves names alone, in any script, and does not take "By" out of a name', () => {
    expect(cleanByline('María José García')).toBe('María José García');
    expect(cleanByline('山田 太郎')).toBe('山田 太郎');
    expect(cleanByline('محمد العلي')).toBe('محمد العلي');
    expect(cleanByline('Byron Reese')).toBe('Byron Reese');
    expect(cleanByline('Jane Doe and J. R. Smith')).toBe('Jane Doe and J. R. Smith');
  });

  it('refuses what is too long to be a byline', () => {
    expect(cleanByline('word '.repeat(100))).toBeNull();
  });
});

describe('the page’s title where the feed’s is empty or cut', () => {
  it('takes the page’s title for an empty feed title', () => {
    expect(chooseTitle('', 'Floods close the coast road')).toBe('Floods close the coast road');
  });

  it('takes it for a feed title ending with an ellipsis', () => {
    expect(chooseTitle('Floods close the…', 'Floods close the coast road')).toBe('Floods close the coast road');
    expect(chooseTitle('Floods close the...', 'Floods close the coast road')).toBe('Floods close the coast road');
  });

  it('takes it for a feed title that is a strict prefix of the page’s', () => {
    expect(chooseTitle('Evolve', 'Evolve: Shared Mutable History')).toBe('Evolve: Shared Mutable History');
    expect(chooseTitle('Floods close  the coast', 'Floods close the coast road')).toBe('Floods close the coast road');
  });

  it('keeps a whole feed title, and keeps any title when the page has none', () => {
    expect(chooseTitle('Floods close the coast road', 'Floods close the coast road')).toBe(
      'Floods close the coast road',
    );
    expect(chooseTitle('Storm warning for the coast', 'Live: storm updates')).toBe('Storm warning for the coast');
    expect(chooseTitle('Storm warning…', null)).toBe('Storm warning…');
    // What the page adds is its site's name (the extractor missed it), not the rest of a cut title.
    expect(chooseTitle('River levels fall', 'River levels fall - The Courier')).toBe('River levels fall');
    expect(chooseTitle('River levels fall', 'River levels fall | The Courier')).toBe('River levels fall');
    expect(chooseTitle('River levels fall', 'River levels fall — The Courier')).toBe('River levels fall');
    expect(chooseTitle('Storm warning…', '  ')).toBe('Storm warning…');
  });
});
