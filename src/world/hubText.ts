import { formatYearMonth } from '../data/dates';
import type { Guide } from '../data/schema';

/** The words on the hub's boards, composed from the guide's data only. */

export interface HubBoardText {
  readonly title: string;
  readonly body: string;
}

const bullets = (items: readonly string[]) => items.map((item) => `•  ${item}`).join('\n');

export function welcomeText(guide: Guide): HubBoardText {
  return {
    title: 'Metaverse Pavilion',
    body: [
      guide.title.toUpperCase(),
      `Updated ${formatYearMonth(guide.lastUpdated)}`,
      '',
      guide.tagline,
      '',
      `${guide.platforms.length} booths ring this hub, the highest score straight ahead of the ` +
        'kiosk and the rest clockwise. The larger the booth, the higher its score.',
      '',
      'Click a booth to walk over to it. Each booth lists its alternatives: click one to go ' +
        'there next.',
    ].join('\n'),
  };
}

export function decisionGuideText(guide: Guide): HubBoardText {
  const names = new Map(guide.platforms.map((p) => [p.id, p.name]));
  return {
    title: 'Which platform for what',
    body: guide.decisionGuide
      .map((entry) => `${entry.label}:  ${names.get(entry.platformId) ?? entry.platformId}`)
      .join('\n'),
  };
}

export function securityText(guide: Guide): HubBoardText {
  return { title: 'Security and compliance', body: bullets(guide.securityTips) };
}

export function mistakesText(guide: Guide): HubBoardText {
  return { title: 'Beginner mistakes', body: bullets(guide.beginnerMistakes) };
}

/** The FAQ split over two boards, the first taking the extra question when the count is odd. */
export function faqTexts(guide: Guide): readonly [HubBoardText, HubBoardText] {
  const half = Math.ceil(guide.faq.length / 2);
  const render = (items: Guide['faq']) =>
    items.map((item) => `${item.question}\n${item.answer}`).join('\n\n');
  return [
    { title: 'Questions', body: render(guide.faq.slice(0, half)) },
    { title: 'More questions', body: render(guide.faq.slice(half)) },
  ];
}
