// Chooses the transport at start-up: Electron's preload bridge when present, otherwise the
// web host's WebSocket with the per-run token from the page URL (kept for reloads, then
// removed from the address bar).
import type { DeskBridge } from '../../../shared/api';
import { createApiClient, type ApiClient } from './client';
import { ipcTransport, webSocketTransport } from './transport';

const tokenKey = 'desk.hostToken';

export function connectApi(win: Window & { api?: DeskBridge }): ApiClient {
  if (win.api) return createApiClient(ipcTransport(win.api));

  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    win.sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    win.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = win.sessionStorage.getItem(tokenKey) ?? '';
  const protocol = win.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createApiClient(webSocketTransport(`${protocol}//${win.location.host}/api?token=${encodeURIComponent(token)}`));
}
