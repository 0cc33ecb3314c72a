import { describe, expect, it } from 'vitest';
import {
  boothScale,
  type ChecklistAnswers,
  GUIDE_WEIGHTS,
  rankPlatforms,
  recommend,
  type Weights,
} from '../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../src/data';
import { KIOSK } from '../../src/floorplan/layout';
import { BOARD, boardToWorld, NAV_PLATES, stepLayout } from '../../src/kiosk/standLayout';
import { kioskSteps } from '../../src/kiosk/steps';
import { type GuardedPage, useBrowser, usePages, viewShot, waitForWorld } from './harness';
import {
  highlightedIds,
  pickRadio,
  pressButton,
  snapshot,
  tabTo,
  tickBox,
  waitForPlace,
} from './kiosk-page';
import { onScreen } from './navigation-world';

const guide = loadEmbeddedGuide();
const steps = kioskSteps(guide);

function never(): never {
  throw new Error('no page is open');
}

/** What the keyboard run below answers; ownership is skipped. */
const ANSWERS: ChecklistAnswers = {
  region: 'open-everywhere-now',
  needsCashOut: false,
  useCase: 'art-exhibitions',
  devices: ['web'],
  budget: 'modest',
  hardware: 'low-end',
  connection: 'fast',
  support: 'helpful',
};

async function answerByKeyboard(opened: GuardedPage, shoot = false) {
  const { page } = opened;
  await page.locator('body').focus();
  await pressButton(page, 'Help me choose');

  await pickRadio(page, 'region', 0);
  await pickRadio(page, 'needsCashOut', 1);
  await pressButton(page, 'Next');
  await pickRadio(page, 'useCase', 3);
  if (shoot) await viewShot(page, 'kiosk-step-use-case');
  await pressButton(page, 'Next');
  await tickBox(page, 'devices', 'web');
  await pressButton(page, 'Next');
  await pressButton(page, 'Skip');
  await pickRadio(page, 'budget', 1);
  await pressButton(page, 'Next');
  await pickRadio(page, 'hardware', 0);
  await pickRadio(page, 'connection', 1);
  await pressButton(page, 'Next');
  await pickRadio(page, 'support', 1);
  await pressButton(page, 'Next');
  if (shoot) await viewShot(page, 'kiosk-step-red-flags');
  await pressButton(page, 'See my picks');
  await page.getByRole('heading', { name: 'Your top three' }).waitFor();
}

async function shownPicks(opened: GuardedPage): Promise<string[]> {
  const items = opened.page.locator('.kiosk__picks > li');
  return items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-platform') ?? ''));
}

function expectedRing(weights: Weights) {
  return rankPlatforms(guide.platforms, weights).map((r) => ({
    id: r.id,
    scale: boothScale(r.total),
  }));
}

describe('the decision kiosk', () => {
  const browser = useBrowser();
  const pages = usePages(browser);

  it('is completed by keyboard alone, with the top pick the core recommends', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    await answerByKeyboard(opened, true);
    const expected = recommend(asScoringDataset(guide), ANSWERS, GUIDE_WEIGHTS);
    const topThree = expected.picks.slice(0, 3).map((pick) => pick.id);
    expect(await shownPicks(opened)).toEqual(topThree);
    await viewShot(opened.page, 'kiosk-result');

    // The picks light up, and "Take me there" arrives at the first.
    expect(await highlightedIds(opened.page)).toEqual(topThree);
    await pressButton(opened.page, /^Take me there/);
    await waitForPlace(opened.page, topThree[0] ?? '');
    expect(await opened.page.evaluate(() => window.location.hash)).toBe(`#/booth/${topThree[0]}`);
  });

  it('works by touch on a phone, with every control at least 44px tall', async () => {
    const { page } = await pages.open('/?debug=1', {
      viewport: { width: 390, height: 844 },
      touch: true,
      mobile: true,
    });
    await page.getByRole('button', { name: 'Help me choose' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Yes, open everywhere today').tap();
    await dialog.getByRole('button', { name: 'Next' }).tap();
    await dialog.getByText('Immersion built for VR').tap();

    const heights = await dialog
      .locator('label.kiosk__option, button')
      .evaluateAll((controls) => controls.map((c) => c.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await expect(
      dialog.getByRole('radio', { name: 'Immersion built for VR' }).isChecked(),
    ).resolves.toBe(true);
    await viewShot(page, 'kiosk-phone');
  });

  it('is answered on the 3D stand by clicking its plates', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    const plinth = { center: KIOSK.center, yaw: KIOSK.yaw, top: 1 };
    const [region] = stepLayout(steps[0] ?? never());
    const yes = await onScreen(page, boardToWorld(plinth, region?.plates[0] ?? never()));
    await page.mouse.click(yes.x, yes.y);
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toContain('a=region%3Aopen-everywhere-now');

    // A plate takes its click: the mouse is not captured, so the next can be aimed at once.
    expect(await page.evaluate(() => document.pointerLockElement)).toBeNull();
    const next = await onScreen(page, boardToWorld(plinth, NAV_PLATES.next));
    await page.mouse.click(next.x, next.y);
    await page.getByRole('button', { name: 'Help me choose' }).click();
    await page.getByText('Step 2 of 8').waitFor();
    await page.keyboard.press('Escape');

    // The panel between plates is solid: a click there does not reach the booth behind it.
    const edge = await onScreen(page, boardToWorld(plinth, [BOARD.width / 2 - 0.04, 0]));
    await page.mouse.click(edge.x, edge.y);
    await page.waitForTimeout(1000);
    expect((await snapshot(page)).place).toBe('hub');
    expect(await page.evaluate(() => window.location.hash)).not.toMatch(/booth/);
  });

  it('lights up the picks of a linked result, seen from the hub', async () => {
    const opened = await pages.open('/?debug=1&a=use:vr-immersion,dev:headset,done:yes', {
      ready: true,
    });
    const answers: ChecklistAnswers = { useCase: 'vr-immersion', devices: ['headset'] };
    const expected = recommend(asScoringDataset(guide), answers, GUIDE_WEIGHTS);
    const topThree = expected.picks.slice(0, 3).map((pick) => pick.id);
    await expect.poll(() => highlightedIds(opened.page)).toEqual(topThree);
    await viewShot(opened.page, 'kiosk-picks-from-hub');
  });

  it('re-scales and re-orders the booths when a weight slider moves by keyboard', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    await page.locator('body').focus();
    await pressButton(page, 'Weights');
    await tabTo(page, (f) => f.type === 'range' && f.name === 'weight-ux');
    for (let i = 0; i < 60; i += 1) await page.keyboard.press('ArrowRight');

    const weights = { ...GUIDE_WEIGHTS, ux: 70 };
    const want = expectedRing(weights);
    expect(want.map((b) => b.id)).not.toEqual(expectedRing(GUIDE_WEIGHTS).map((b) => b.id));
    // Booth by booth in ring order: the id and its scale (to 1e-6) match the core's ranking.
    const shown = async () =>
      (await snapshot(page)).booths.map((b) => `${b.id} ${b.scale.toFixed(6)}`);
    await expect
      .poll(shown, { timeout: 10_000 })
      .toEqual(want.map((b) => `${b.id} ${b.scale.toFixed(6)}`));
    // 70 beside "guide 10" is not what UX counts for now: the sheet says each share.
    await expect(page.locator('.weights__total').textContent()).resolves.toBe(
      'These add up to 160, so each counts for its share: Liquidity 19%, Security 16%, ' +
        'Coverage 9%, Costs 9%, UX 44%, Support 3%.',
    );
    await viewShot(page, 'kiosk-weights');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /takes first place/ })
        .count(),
    ).resolves.toBe(1);
  });

  it('stops the last weight above zero at 1 and says why, the ranking following it', async () => {
    const { page } = await pages.open('/?debug=1&w=0.0.0.0.0.3', { ready: true });
    await page.locator('body').focus();
    await pressButton(page, 'Weights');
    await tabTo(page, (f) => f.type === 'range' && f.name === 'weight-support');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
    await page.getByText(/Support stays at 1/).waitFor();
    await page.getByText('These add up to 1, so each counts for its share:').waitFor();
    const slider = page.locator('input[name="weight-support"]');
    await expect(slider.inputValue()).resolves.toBe('1');
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toBe('?debug=1&w=0.0.0.0.0.1');
    const held = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 1 };
    const ids = async () => (await snapshot(page)).booths.map((b) => b.id);
    await expect.poll(ids).toEqual(expectedRing(held).map((b) => b.id));
  });

  it("names our pick first when the answers rule out the guide's own", async () => {
    const link = '/?debug=1&a=use:instant-nft-galleries,wallet:never,done:yes';
    const { page } = await pages.open(link, { ready: true });
    await page.getByRole('button', { name: 'Help me choose' }).click();
    const answers: ChecklistAnswers = { useCase: 'instant-nft-galleries', wallet: 'never' };
    const expected = recommend(asScoringDataset(guide), answers, GUIDE_WEIGHTS);
    const top = guide.platforms.find((p) => p.id === expected.picks[0]?.id);
    const headline = page.locator('.kiosk__headline');
    await expect(headline.textContent()).resolves.toBe(`We recommend ${top?.name}.`);
    const note = await page.locator('.kiosk__match').textContent();
    expect(note).toMatch(/usual pick for “NFT galleries in minutes” is Oncyber, but your answers/);
    expect(note).toMatch(/needs a crypto wallet, which you ruled out\.$/);
    await viewShot(page, 'kiosk-result-guide-pick-ruled-out');
  });

  it('restores answers and weights after a reload', async () => {
    const opened = await pages.open('/?debug=1', { ready: true });
    const { page } = opened;
    await answerByKeyboard(opened);
    const picks = await shownPicks(opened);
    await pressButton(page, 'Close');
    await pressButton(page, 'Weights');
    await tabTo(page, (f) => f.type === 'range' && f.name === 'weight-costs');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toMatch(/w=30\.25\.15\.20/);

    await page.reload();
    await waitForWorld(page);
    await expect.poll(() => highlightedIds(page)).toEqual(picks.slice(0, 3));
    await page.getByRole('button', { name: 'Weights' }).click();
    await expect(page.locator('input[name="weight-costs"]').inputValue()).resolves.toBe('20');
    await page.getByRole('button', { name: 'Help me choose' }).click();
    expect(await shownPicks(opened)).toEqual(picks);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const opened = await pages.open('/?debug=1&w=10.25.15.15.10.5#/booth/mona', { ready: true });
    const { page } = opened;
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: /Copy this link/ });
    await expect(field.inputValue()).resolves.toBe(
      `${opened.origin}/?debug=1&w=10.25.15.15.10.5#/booth/mona`,
    );
    await expect(field.getAttribute('readonly')).resolves.not.toBeNull();
  });

  it('confirms a copied link briefly, then gives the room back to the bar', async () => {
    const { page } = await pages.open('/?debug=1#/booth/mona', { ready: true });
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.resolve() },
      });
    });
    const tools = page.locator('.topbar').getByRole('button');
    const boxesOf = () => tools.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().x));
    const before = await boxesOf();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.locator('.copy-link__status').first();
    await expect.poll(() => status.textContent()).toBe('Link copied.');
    // It hangs under the bar's tools, not in their row: nothing under the pointer moves.
    expect(await boxesOf()).toEqual(before);
    const shown = await status.boundingBox();
    const copy = await page.getByRole('button', { name: 'Copy link' }).boundingBox();
    expect(shown?.y).toBeGreaterThanOrEqual((copy?.y ?? 0) + (copy?.height ?? 0));
    await viewShot(page, 'kiosk-link-copied');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('');
  });

  it('folds the controls card into its chip when a sheet opens over its corner', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    const card = page.getByRole('region', { name: 'Getting around' });
    await expect.poll(() => card.count()).toBe(1);
    await page.getByRole('button', { name: 'Help me choose' }).click();
    await page.getByRole('dialog', { name: 'Help me choose' }).waitFor();
    expect(await card.count()).toBe(0);
    const chip = page.getByRole('button', { name: 'Controls', exact: true });
    await expect(chip.isVisible()).resolves.toBe(true);
  });

  it('closes either sheet with Escape and gives focus back to its button', async () => {
    const { page } = await pages.open('/?debug=1', { ready: true });
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element instanceof HTMLInputElement ? element.name : element?.textContent;
      });

    const weights = page.getByRole('button', { name: 'Weights' });
    await weights.click();
    // The sheet opens away from its button: focus goes to the first slider, ready for arrows.
    await expect.poll(focused).toBe('weight-liquidity');
    await page.keyboard.press('ArrowRight');
    const liquidity = page.locator('input[name="weight-liquidity"]');
    await expect(liquidity.inputValue()).resolves.toBe('31');
    // What a screen reader says with each step: the value and what it weighs (31 of 101).
    await expect(liquidity.getAttribute('aria-valuetext')).resolves.toBe('31, 31% of the score');
    await expect(
      page.locator('input[name="weight-ux"]').getAttribute('aria-valuetext'),
    ).resolves.toBe('10, 10% of the score');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.weights').count()).toBe(0);
    await expect(weights.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await focused()).toBe('Weights');

    const kiosk = page.getByRole('button', { name: 'Help me choose' });
    await kiosk.click();
    await page.getByRole('dialog', { name: 'Help me choose' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await focused()).toBe('Help me choose');
  });

  it('loads the rest of a link whose state is garbage, with a notice', async () => {
    const { page } = await pages.open('/?debug=1&w=abc&a=%%%#/booth/mona', { ready: true });
    await page.locator('[data-notice="persist"]').waitFor();
    await waitForPlace(page, 'mona');
    expect(await page.evaluate(() => window.location.search)).toBe('?debug=1');
    const ids = (await snapshot(page)).booths.map((b) => b.id);
    expect(ids).toEqual(expectedRing(GUIDE_WEIGHTS).map((b) => b.id));
  });
});
