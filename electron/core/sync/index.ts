// What the hosts (electron/main, electron/web) need to run sync: read the configuration, start the
// engine on an opened core, stop it on exit. Without a central URL and credential sync stays off,
// and the status bar says so.
import type { Logger } from '../context';
import { resolveSyncConfig, type SyncSources } from './config';
import { SyncEngine, type OpenedCore, type SyncEngineOptions } from './engine';

export { resolveSyncConfig, syncEnv, type SyncConfig, type SyncSources } from './config';
export { SyncEngine, type SyncEngineOptions } from './engine';
export { correctedNow, correctedToday } from './clock';

/**
 * Starts sync for a host if it is configured. A configuration that is present but wrong is
 * logged and leaves sync off (the desk still works offline); returns the engine, or null.
 */
export function startSyncIfConfigured(
  core: OpenedCore,
  sources: SyncSources,
  env: Record<string, string | undefined>,
  log: Logger,
  options: SyncEngineOptions = {},
): SyncEngine | null {
  const resolved = resolveSyncConfig(sources, env);
  if (resolved.status === 'off') {
    log.info('sync: off (no central system configured)');
    return null;
  }
  if (resolved.status === 'invalid') {
    log.error('sync: off, the configuration is invalid', { reason: resolved.reason });
    return null;
  }
  try {
    const engine = new SyncEngine(core, resolved.config, options);
    engine.start();
    return engine;
  } catch (error) {
    log.error('sync: off, cannot start', { reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
