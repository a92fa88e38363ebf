import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGReaderFake, type FakeItemView, type GReaderFake } from '../support/greader-fake/greader-fake';
import { launchChromium } from './support/chromium';
import { showTheme } from './support/in-page';
import { startPreview, type RunningPreview } from './support/preview';
import { expectAccessible, expectHealthy, openReader, SCREENSHOTS } from './support/reader-app';
import { seedLibrary } from './support/seed/seed-library';
import { join } from 'node:path';

/**
 * A reader with feeds on this computer adds their FreshRSS account (the protocol fake on 127.0.0.1) in Settings →
 * Accounts, finds its folders in the sidebar under its own heading, reads an article there and bookmarks it, and
 * after "Sync now" the server has it starred; then moves one of this computer's feeds into the account from its menu
 * (the server subscribes in the folder picked, the copy here goes). The sidebar with both accounts is photographed in
 * light and dark. A feed of the account renamed while the server fails keeps its name, with the server's reason in the
 * dialog.
 * The preview runs online: offline, no account sync starts (the account service's rule). The seeded feeds of this
 * computer have made-up addresses; their refreshes fail without touching what this test checks.
 */
let browser: Browser;
let preview: RunningPreview;
let fake: GReaderFake;
let hackerWire: FakeItemView[];

const ACCOUNT = 'FreshRSS at home';
/** Where seed-library.ts says the seeded feed "Ars Machina" lives. */
const ARS_URL = 'https://feeds.example/Ars%20Machina.xml';
const STORIES = [
  'Kernel 7.2 ships with a new scheduler',
  'Open hardware laptop reaches backers',
  'Browser drops cookies',
];

beforeAll(async () => {
  // Crawled an hour ago: the first sync brings the bodies of recent unread items.
  fake = await startGReaderFake({ service: 'freshrss', clockStartMs: Date.now() - 3_600_000 });
  const tech = fake.addFeed('https://hackerwire.example/feed.xml', 'Hacker Wire', ['Tech news']);
  const politics = fake.addFeed('https://capitol.example/rss', 'Capitol Notes', ['Politics']);
  const stray = fake.addFeed('https://stray.example/atom', 'Stray Post');
  hackerWire = fake.addItems(tech.streamId, STORIES.length, (index) => ({
    title: STORIES[index],
    html: `<p>${STORIES[index]}. The whole story, as the server keeps it.</p>`,
  }));
  fake.addItems(politics.streamId, 2);
  fake.addItems(stray.streamId, 1);
  // The server can fetch one of this computer's seeded feeds (it followed it once): the reader moves it there.
  const ars = fake.addFeed(ARS_URL, 'Ars Machina');
  fake.addItems(ars.streamId, 1, () => ({ title: 'Ars Machina on the server' }));
  fake.removeFeed(ars.streamId);
  browser = await launchChromium();
  preview = await startPreview({ online: true, prepare: (dataDir) => seedLibrary(dataDir) });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await fake?.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const accountGroup = (page: Page, name: string) => nav(page).getByRole('group', { name });
const settings = (page: Page) => page.getByRole('main', { name: 'Settings' });
const accountCard = (page: Page) =>
  settings(page).getByRole('list', { name: 'Accounts' }).getByRole('listitem', { name: ACCOUNT });

async function addAccount(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await settings(page).getByRole('button', { name: 'Add account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await dialog.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'FreshRSS' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(fake.apiUrl);
  await dialog.getByRole('textbox', { name: 'User name' }).fill(fake.user);
  await dialog.getByLabel('API password').fill(fake.password);
  await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill(ACCOUNT);
  await dialog.getByRole('button', { name: 'Test and add' }).click();
  await settings(page).getByText(`Added “${ACCOUNT}”. Its first sync has started.`).waitFor();
  await settings(page).getByRole('button', { name: 'Done' }).click();
}

async function sidebarShot(page: Page, name: string): Promise<void> {
  await page.locator('.sidebar').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

describe('a FreshRSS account in Chromium', () => {
  it('is added in Settings, shows its folders in the sidebar, and a bookmark made here is starred on the server', async () => {
    const { page, problems } = await openReader(browser, preview.url, { colorScheme: 'light' });
    await addAccount(page);

    // Its folders under its own heading, after this computer's sections.
    const fresh = accountGroup(page, ACCOUNT);
    await fresh.getByRole('button', { name: /^Tech news/ }).waitFor();
    await fresh.getByRole('button', { name: /^Politics/ }).waitFor();
    await fresh.getByRole('button', { name: /Stray Post/ }).waitFor();
    await accountGroup(page, 'On this device')
      .getByRole('button', { name: /^World/ })
      .waitFor();
    await expect.poll(() => fresh.getByText('Syncing…').count()).toBe(0);
    const syncLine = page.getByRole('region', { name: 'Refresh' }).getByRole('list', { name: 'Sync services' });
    await syncLine.getByText(/Synced just now/).waitFor();

    // Read one of its articles and bookmark it.
    await fresh.getByRole('button', { name: /Hacker Wire/ }).click();
    const list = page.getByRole('region', { name: 'Hacker Wire' });
    await list.getByText(STORIES[0]!, { exact: true }).click();
    const reading = page.getByRole('main', { name: 'Reading pane' });
    await reading.getByRole('heading', { level: 1, name: STORIES[0] }).waitFor();
    await reading.getByRole('button', { name: 'Bookmark', exact: true }).click();
    await reading.getByRole('button', { name: 'Bookmarked' }).waitFor();
    const starred = hackerWire.find((item) => item.title === STORIES[0])!;
    // Queued here; the server hears of it when the account syncs.
    expect(fake.item(starred.longId)?.starred).toBe(false);

    // Tall enough for both accounts' headings in one picture.
    await page.setViewportSize({ width: 1360, height: 1160 });
    await sidebarShot(page, 'accounts-sidebar-light');
    await expectAccessible(page);
    await showTheme(page, 'dark');
    await sidebarShot(page, 'accounts-sidebar-dark');
    await showTheme(page, 'light');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await accountCard(page).getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => fake.item(starred.longId)?.starred, { timeout: 15_000 }).toBe(true);
    // Read on opening, and that reached the server too.
    expect(fake.item(starred.longId)?.read).toBe(true);
    expect(fake.starredIds()).toEqual([starred.longId]);

    // A feed of this computer moves to the account: the server subscribes in the folder picked, the copy here goes.
    await settings(page).getByRole('button', { name: 'Done' }).click();
    await accountGroup(page, 'On this device')
      .getByRole('button', { name: /Ars Machina/ })
      .click({ button: 'right' });
    await page
      .getByRole('menu')
      .getByRole('menuitem', { name: `Move to account “${ACCOUNT}”…` })
      .click();
    const move = page.getByRole('dialog', { name: `Move “Ars Machina” to ${ACCOUNT}` });
    await move.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'Tech news' });
    await move.getByRole('button', { name: 'Move' }).click();
    await move.waitFor({ state: 'detached', timeout: 15_000 });
    await fresh.getByRole('button', { name: /Ars Machina/ }).waitFor();
    expect(
      await accountGroup(page, 'On this device')
        .getByRole('button', { name: /Ars Machina/ })
        .count(),
    ).toBe(0);
    expect(fake.subscriptions().find((subscription) => subscription.url === ARS_URL)?.folders).toEqual(['Tech news']);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();

    // The password changed on another device: the account's heading asks for it, and leads back here.
    fake.changePassword('changed-on-the-phone');
    fake.expireSessions();
    await accountCard(page).getByRole('button', { name: 'Sync now' }).click();
    await accountCard(page).getByRole('button', { name: 'Enter password…' }).waitFor();
    await settings(page).getByRole('button', { name: 'Done' }).click();
    const badge = fresh.getByRole('button', { name: 'Needs your password' });
    await badge.waitFor();
    await sidebarShot(page, 'accounts-sidebar-needs-password-light');
    await showTheme(page, 'dark');
    await sidebarShot(page, 'accounts-sidebar-needs-password-dark');
    await showTheme(page, 'light');
    await badge.click();
    await accountCard(page).getByRole('button', { name: 'Enter password…' }).waitFor();
    expectHealthy(problems);
    await page.context().close();
  });

  it('renaming one of its feeds while the server fails says why and keeps the name; then the server has it', async () => {
    const { page, problems } = await openReader(browser, preview.url, { colorScheme: 'light' });
    // The password changed on the phone (above): the reader types the new one.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await accountCard(page).getByRole('button', { name: 'Enter password…' }).click();
    const ask = page.getByRole('dialog', { name: `Enter the password for “${ACCOUNT}”` });
    await ask.getByLabel('API password').fill(fake.password);
    await ask.getByRole('button', { name: 'Test and save' }).click();
    await accountCard(page).getByRole('button', { name: 'Change password…' }).waitFor();
    await settings(page).getByRole('button', { name: 'Done' }).click();

    const capitol = () => fake.subscriptions().find((entry) => entry.url === 'https://capitol.example/rss');
    const fresh = accountGroup(page, ACCOUNT);
    fake.failNext({ endpoint: 'reader/api/0/subscription/edit', status: 500 });
    await fresh.getByRole('button', { name: /Capitol Notes/ }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename feed' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Capitol Hill Notes');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.getByText(`${ACCOUNT} failed (HTTP 500), so the feed was not renamed: try again later.`).waitFor();
    expect(capitol()?.title).toBe('Capitol Notes');
    await fresh.getByRole('button', { name: /Capitol Notes/ }).waitFor();

    // The server answers again: the same Rename goes through, on the server and here.
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.waitFor({ state: 'detached' });
    await fresh.getByRole('button', { name: /Capitol Hill Notes/ }).waitFor();
    expect(capitol()?.title).toBe('Capitol Hill Notes');
    expectHealthy(problems);
    await page.context().close();
  });
});
