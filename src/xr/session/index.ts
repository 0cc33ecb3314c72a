/** The headset chunk: loaded only once the browser reports that immersive VR is supported. */
export { PavilionXR } from './PavilionXR';
export { createPavilionXRStore } from './xrStore';
