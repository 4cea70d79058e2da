// Before any E2E test: Chromium must exist (or fail with how to install it), and the renderer
// is built once so parallel test files do not race to build it.
import { ensureRendererBuilt } from '../../electron/web/build';
import { findChromium } from './support/chromium';
import { projectRoot } from './support/webHost';

export default function setup(): void {
  findChromium();
  ensureRendererBuilt(projectRoot);
}
