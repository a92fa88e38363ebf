import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './support/chromium';

describe('finding Chromium for the end-to-end tests', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, (path) => path === '/opt/chrome/chrome')).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('falls back to the distribution’s Chromium', () => {
    expect(findChromium({}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('fails with install instructions when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(CHROMIUM_MISSING_MESSAGE);
    expect(CHROMIUM_MISSING_MESSAGE).toMatch(/apt-get install -y chromium/);
    expect(CHROMIUM_MISSING_MESSAGE).toMatch(/CHROMIUM_PATH/);
  });

  it('fails when CHROMIUM_PATH points nowhere, instead of silently using another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => true)).not.toThrow();
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, (path) => path !== '/nope')).toThrow(
      /CHROMIUM_PATH is set to \/nope/,
    );
  });
});
