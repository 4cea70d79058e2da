// happy-dom lays nothing out, so a virtualised list would draw no rows: for the tests of one
// file, every box is 400 px high and as tall inside as its first child's height says.
import { afterAll, beforeAll } from 'vitest';

export function withListLayout(): void {
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0;
      },
    });
  });
  afterAll(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
    else delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    // Our own property on HTMLElement.prototype: removing it restores happy-dom's.
    delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
  });
}
