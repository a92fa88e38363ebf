/** The search box at the top of the sidebar; Enter searches, Escape clears. `/` focuses it from anywhere. */
import { useState, type FormEvent, type RefObject } from 'react';
import { LIMITS } from '@contract/library-models';
import { Icon } from '../ui/Icon';
import './search.css';

export function SearchField({
  inputRef,
  onSearch,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onSearch: (query: string) => void;
}) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onSearch(value.trim());
  };
  return (
    <form className="search-field" role="search" onSubmit={submit}>
      <Icon name="search" className="search-field__icon" />
      <input
        ref={inputRef}
        type="search"
        className="search-field__input"
        aria-label="Search articles"
        placeholder="Search"
        value={value}
        maxLength={LIMITS.query}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setValue('');
            event.currentTarget.blur();
          }
        }}
      />
    </form>
  );
}
