import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { guideWeights, loadEmbeddedGuide } from '../../../src/data';
import { AVAILABILITY_TEXT, FACT_HEADINGS } from '../../../src/data/labels';
import { derivePavilion } from '../../../src/state/selectors';
import { PlatformCard } from '../../../src/twin/PlatformCard';
import { boothTexts } from '../../../src/world/boothText';
import { headingLength } from '../../../src/world/emphasis';

/**
 * The 3D booth and the DOM twin describe a platform with the same headings and the same words
 * for its facts: a visitor who switches views reads one pavilion, not two.
 */

const guide = loadEmbeddedGuide();
const { booths } = derivePavilion(guide, guideWeights(guide));
const names = new Map(guide.platforms.map((p) => [p.id, p.name]));

/** Every heading a booth shows: its board titles and the capitalised headings inside them. */
function boothHeadings(platformIndex: number): Set<string> {
  const platform = booths[platformIndex]?.platform;
  if (!platform) throw new Error('no booth at that index');
  const texts = boothTexts(platform, (id) => names.get(id) ?? null);
  const titles = [texts.features, texts.fees, texts.devices, texts.alternatives].map(
    (p) => p.title,
  );
  const bodies = [
    texts.features.body,
    texts.fees.body,
    texts.devicesFooter,
    texts.alternatives.body,
  ];
  const inside = bodies
    .flatMap((body) => body.split('\n'))
    .filter((line) => !line.endsWith('?'))
    .map((line) => line.slice(0, headingLength(line)).trim())
    .filter((heading) => heading !== '');
  return new Set([...titles, ...inside].map((heading) => heading.toLowerCase()));
}

/** Every heading and label the twin's card shows for the same platform. */
function twinHeadings(platformIndex: number): { headings: Set<string>; html: string } {
  const booth = booths[platformIndex];
  if (!booth) throw new Error('no booth at that index');
  const html = renderToStaticMarkup(
    <PlatformCard
      platform={booth.platform}
      ranked={booth.ranked}
      criteria={guide.criteria}
      nameOf={(id) => names.get(id)}
      onTravel={() => undefined}
    />,
  );
  const tagged = [...html.matchAll(/<(dt|h4)[^>]*>([^<]+)<\/\1>/g)].map((m) => m[2] ?? '');
  const labelled = [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1] ?? '');
  const prefixed = [...html.matchAll(/>([A-Z][a-z][^<:]*):/g)].map((m) => m[1] ?? '');
  const headings = new Set([...tagged, ...labelled, ...prefixed].map((h) => h.toLowerCase()));
  return { headings, html };
}

describe('one vocabulary for the booth and the twin', () => {
  it('gives every heading a booth shows the same words in the twin', () => {
    booths.forEach((booth, i) => {
      const twin = twinHeadings(i).headings;
      const headings = [...boothHeadings(i)].filter((heading) => !twin.has(heading));
      expect(headings, booth.platform.id).toEqual([]);
    });
  });

  it('writes each fact the booth shows in the twin in the same words', () => {
    booths.forEach((booth, i) => {
      const texts = boothTexts(booth.platform, (id) => names.get(id) ?? null);
      const twin = twinHeadings(i).html.replace(/<[^>]+>/g, '');
      for (const line of texts.devices.lines) expect(twin).toContain(line.text);
      const firstFeeLine = texts.fees.body.split('\n')[0] ?? '';
      expect(twin).toContain(firstFeeLine);
    });
  });

  it('shows availability in the twin as on the booth: the kind, and a note only if any', () => {
    booths.forEach((booth, i) => {
      const { html } = twinHeadings(i);
      const fact = html.slice(html.indexOf('<dt>Availability</dt>'), html.indexOf('<dt>Wallet'));
      const paragraphs = [...fact.matchAll(/<p[^>]*>([^<]+)<\/p>/g)].map((m) => m[1]);
      const { kind, note } = booth.platform.availability;
      expect(paragraphs, booth.platform.id).toEqual(
        note ? [AVAILABILITY_TEXT[kind], note] : [AVAILABILITY_TEXT[kind]],
      );
    });
  });

  it('takes every heading from the shared labels, with none left unused by the booth', () => {
    const used = new Set(booths.flatMap((_, i) => [...boothHeadings(i)]));
    const shownByBooth = Object.entries(FACT_HEADINGS)
      .filter(([key]) => key !== 'bestFor' && key !== 'watchOuts')
      .map(([, heading]) => heading.toLowerCase());
    for (const heading of shownByBooth) expect(used).toContain(heading);
  });
});
