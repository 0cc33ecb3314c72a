import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemPage } from '../../../src/app/ProblemPage';
import { safeParseGuide } from '../../../src/data';
import { embeddedGuide } from '../../../src/data/guide';

describe('the problem page for data that fails validation', () => {
  it('names each problem the validator found, once, under a heading', () => {
    const broken = {
      ...embeddedGuide,
      platforms: embeddedGuide.platforms.map((platform, i) =>
        i === 0 ? { ...platform, officialDomain: 'javascript:alert(1)' } : platform,
      ),
    };
    const parsed = safeParseGuide(broken);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;

    const html = renderToStaticMarkup(
      <ProblemPage heading="The guide's data did not pass its checks" problems={problems} />,
    );

    expect(html).toContain('<h1 id="problem-heading">The guide&#x27;s data did not pass');
    expect(html).toContain('officialDomain');
    expect(html).toContain('decentraland');
    // Shown as text: nothing from the data becomes markup or a link.
    expect(html).not.toContain('<a');
    expect(html.match(/<li>/g)?.length).toBe(new Set(problems).size);
  });

  it('shows a repeated problem once', () => {
    const html = renderToStaticMarkup(<ProblemPage heading="Bad" problems={['x', 'x', 'y']} />);
    expect(html.match(/<li>/g)?.length).toBe(2);
  });

  it('offers a way back to the pavilion with its own guide, above the details it keeps', () => {
    const html = renderToStaticMarkup(
      <ProblemPage
        heading="The dataset /x.json could not be loaded"
        problems={['/x.json: the file is not valid JSON']}
        backHref="/?w=30.25.15.20.5.5#/booth/mona"
      />,
    );

    expect(html).toContain('href="/?w=30.25.15.20.5.5#/booth/mona"');
    expect(html).toContain('Open the pavilion with its own guide');
    expect(html).toContain('/x.json: the file is not valid JSON');
    expect(html.indexOf('<a')).toBeLessThan(html.indexOf('<ul'));
  });
});
