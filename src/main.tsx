// First: configures zod before any schema is built (see the file for why).
import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchWorld3D } from './app/App';
import './app/app.css';

prefetchWorld3D();

const container = document.getElementById('root');
if (!container) throw new Error('[pavilion] index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
