import { useEffect, useState } from 'react';
import type { Weights } from '../core';
import { type Guide, GuideValidationError, guideWeights, loadEmbeddedGuide } from '../data';
import { DATA_PARAM, datasetAddress, loadDataset } from '../data/load-from-address';

export type LoadedGuide =
  | { readonly ok: true; readonly guide: Guide; readonly weights: Weights }
  | {
      readonly ok: false;
      readonly heading?: string;
      readonly problems: readonly string[];
      /** The same page without `?data=`, when the failure came from a dataset it named. */
      readonly backHref?: string;
    };

/**
 * The page's own address without the `?data=` parameter, as a same-origin path: everything else
 * in it (weights, answers, the place in the hash) is kept, so the visit resumes on the guide.
 */
export function withoutDataset(pageHref: string): string {
  const url = new URL(pageHref);
  // Filtered as written, not re-serialised: the other parameters keep their exact spelling.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && paramName(part) !== DATA_PARAM);
  const search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return `${url.pathname}${search}${url.hash}`;
}

function paramName(part: string): string {
  const name = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

/** Loads and validates the embedded guide; a refusal becomes a list of problems to show. */
export function loadGuide(): LoadedGuide {
  try {
    const guide = loadEmbeddedGuide();
    return { ok: true, guide, weights: guideWeights(guide) };
  } catch (error) {
    if (error instanceof GuideValidationError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * The guide the address asks for: the embedded one at once, or a same-origin file named by
 * `?data=` later. A refused address is answered at once, without a request.
 */
export function loadGuideFor(search: string, pageHref: string): LoadedGuide | Promise<LoadedGuide> {
  const address = datasetAddress(search, pageHref);
  if (address.kind === 'embedded') return loadGuide();
  const backHref = withoutDataset(pageHref);
  if (address.kind === 'refused') {
    return {
      ok: false,
      heading: 'The dataset named in the address was refused',
      problems: [address.problem],
      backHref,
    };
  }
  return loadDataset(address).then((result) =>
    result.ok
      ? { ok: true, guide: result.guide, weights: guideWeights(result.guide) }
      : { ...result, backHref },
  );
}

// One load per page: StrictMode runs state initialisers twice, and the file must be fetched once.
let pageLoad: LoadedGuide | Promise<LoadedGuide> | undefined;

/** The page's guide, or null while a file named in the address is still on its way. */
export function useLoadedGuide(): LoadedGuide | null {
  const [source] = useState(() => {
    pageLoad ??= loadGuideFor(window.location.search, window.location.href);
    return pageLoad;
  });
  const [loaded, setLoaded] = useState(source instanceof Promise ? null : source);

  useEffect(() => {
    if (!(source instanceof Promise)) return;
    let live = true;
    source.then((result) => {
      if (live) setLoaded(result);
    });
    return () => {
      live = false;
    };
  }, [source]);
  return loaded;
}
