// Renderer entry: pick the transport for this host, then mount the app.
import '@mantine/core/styles.css';
import './app/fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DeskBridge } from '../../shared/api';
import { setApi } from './api/client';
import { connectApi } from './api/connect';
import { App } from './app/App';

declare global {
  interface Window {
    api?: DeskBridge;
  }
}

setApi(connectApi(window));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
