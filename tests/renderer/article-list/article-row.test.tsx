import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleRow } from '../../../renderer/src/article-list/ArticleRow';
import { summary } from '../support/library-data';

describe('an article row', () => {
  it.each([
    ['ar', 'iPhone 16: أكبر تغيير في التصميم', 'rtl'],
    ['he', 'הממשלה אישרה את התקציב', 'rtl'],
    ['en', 'Government unveils plan', 'ltr'],
    [null, 'أكبر', 'auto'],
  ] as const)('in %j shows its title and summary with their language and direction %j', (language, title, dir) => {
    render(
      <ArticleRow
        article={summary(0, { title, language, summary: `${title} …` })}
        layout="cards"
        selected={false}
        onOpen={() => undefined}
      />,
    );
    for (const text of [title, `${title} …`]) {
      const element = screen.getByText(text);
      expect(element).toHaveAttribute('dir', dir);
      if (language) expect(element).toHaveAttribute('lang', language);
      else expect(element).not.toHaveAttribute('lang');
    }
  });
});
