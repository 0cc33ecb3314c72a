import type { XRStore } from '@react-three/xr';
import {
  type ComponentType,
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useState,
} from 'react';
import { emulationRequested } from './emulate-request';
import { checkXRSupport, pageEnvironment, type XRSupport } from './support';

/**
 * Finds out whether a headset is there and, only then, loads the headset chunk. The DOM's
 * Enter VR control and the Canvas's XR scene both read the result from this context.
 */

export interface XRRuntime {
  readonly xrStore: XRStore;
  readonly Scene: ComponentType<{ readonly xrStore: XRStore }>;
}

export interface XRGateState {
  /** Null while the browser is being asked. */
  readonly support: XRSupport | null;
  /** The loaded headset chunk and its store; null until immersive VR is known to work. */
  readonly runtime: XRRuntime | null;
}

const XRGateContext = createContext<XRGateState>({ support: null, runtime: null });

export function useXRGate(): XRGateState {
  return useContext(XRGateContext);
}

async function findHeadset(): Promise<XRGateState> {
  // Test-only: an emulated headset goes in before the browser is asked.
  if (emulationRequested(window.location.search)) {
    const { installEmulatedHeadset } = await import('./emulate');
    installEmulatedHeadset();
  }
  const support = await checkXRSupport(pageEnvironment());
  if (support.kind !== 'supported') return { support, runtime: null };
  const session = await import('./session');
  const xrStore = session.createPavilionXRStore(window.location.origin);
  return { support, runtime: { xrStore, Scene: session.PavilionXR } };
}

export function XRGate({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<XRGateState>({ support: null, runtime: null });

  useEffect(() => {
    let live = true;
    let found: XRGateState | null = null;
    findHeadset()
      .then((result) => {
        found = result;
        if (live) setState(result);
        else result.runtime?.xrStore.destroy();
      })
      .catch(() => {
        // The headset chunk failed to load (offline mid-visit): the desktop stays as it is.
        if (live) setState({ support: { kind: 'unavailable', reason: 'no-webxr' }, runtime: null });
      });
    return () => {
      live = false;
      found?.runtime?.xrStore.destroy();
    };
  }, []);

  return <XRGateContext.Provider value={state}>{children}</XRGateContext.Provider>;
}

/** Inside the Canvas: the headset scene, once its chunk is loaded. */
export function XRMount() {
  const { runtime } = useXRGate();
  if (!runtime) return null;
  const { Scene, xrStore } = runtime;
  return <Scene xrStore={xrStore} />;
}
