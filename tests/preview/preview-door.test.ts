import { describe, expect, test } from 'vitest';
import { cookieValues, createPreviewDoor } from '../../electron/preview/preview-door';

/** The door's policy on its own: what the token buys, and which Cookie headers let a browser in. */
const values = ['the-token-the-token-the-token-the-token-abc', 'the-cookie-the-cookie-the-cookie-the-cookie'];
const door = () => {
  const queue = [...values];
  return createPreviewDoor('http://127.0.0.1:5210', 5210, () => queue.shift()!);
};

describe('the preview door', () => {
  test('prints the page with the token, and names its cookie for the port', () => {
    expect(door().entryUrl).toBe(`http://127.0.0.1:5210/?token=${values[0]}`);
    expect(door().cookieName).toBe('broadsheet_preview_5210');
  });

  test('trades the token, and only the token, for a session cookie that scripts cannot read', () => {
    expect(door().exchange(values[0]!)).toBe(`broadsheet_preview_5210=${values[1]}; Path=/; HttpOnly; SameSite=Strict`);
    for (const wrong of [null, '', values[1]!, values[0]!.slice(1), `${values[0]} `]) {
      expect(door().exchange(wrong), String(wrong)).toBeNull();
    }
  });

  test('makes new values for each run', () => {
    const a = createPreviewDoor('http://127.0.0.1:5210', 5210);
    const b = createPreviewDoor('http://127.0.0.1:5210', 5210);
    expect(a.entryUrl).not.toBe(b.entryUrl);
    expect(a.exchange(new URL(a.entryUrl).searchParams.get('token'))).not.toBe(
      b.exchange(new URL(b.entryUrl).searchParams.get('token')),
    );
  });

  test.each([
    ['its cookie', `broadsheet_preview_5210=${values[1]}`, true],
    ['its cookie among others', `theme=dark; broadsheet_preview_5210=${values[1]}; x=y`, true],
    [
      'its cookie after a wrong one set by another port',
      `broadsheet_preview_5210=junk; broadsheet_preview_5210=${values[1]}`,
      true,
    ],
    ['no Cookie header', undefined, false],
    ['an empty header', '', false],
    ['another port’s name', `broadsheet_preview_5211=${values[1]}`, false],
    ['a longer name', `xbroadsheet_preview_5210=${values[1]}`, false],
    ['a shorter name', `broadsheet_preview_521=${values[1]}`, false],
    ['the token instead', `broadsheet_preview_5210=${values[0]}`, false],
    ['a quoted value', `broadsheet_preview_5210="${values[1]}"`, false],
    ['the value without a name', values[1], false],
    ['the name without a value', 'broadsheet_preview_5210', false],
  ])('with %s: %s', (_label, header, admitted) => {
    expect(door().admits(header)).toBe(admitted);
  });
});

describe('reading a Cookie header', () => {
  test.each([
    ['a=1', ['1']],
    ['a=1; a=2', ['1', '2']],
    [' a = 1 ;b=2', ['1']],
    ['b=a=1', []],
    ['a==1', ['=1']],
    ['a', []],
    ['', []],
  ])('%j gives a the values %j', (header, expected) => {
    expect(cookieValues(header, 'a')).toEqual(expected);
  });
});
