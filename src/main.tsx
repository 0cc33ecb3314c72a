// First: configures zod before any schema is built (see the file for why).
import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchWorld3D } from './app/App';
import './app/app.css';

prefetchWorld3D();

// Every trip is a history entry, and the page scrolls to the place it arrives at: Back and
// Forward must not then restore where the page happened to be scrolled when the entry was made.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

const container = document.getElementById('root');
if (!container) throw new Error('[pavilion] index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
