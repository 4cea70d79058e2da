// The one object a host exposes to the renderer as `window.api` (Electron preload).
import type { Result } from './result';

export interface DeskBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
}
