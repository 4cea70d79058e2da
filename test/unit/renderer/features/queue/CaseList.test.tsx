// The case list at office scale: of thousands of matching cases only the rows in view are drawn,
// a page of 100 is asked of the core at a time as the officer scrolls or moves down, and the
// count says when the core stopped counting.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withListLayout } from '../../listLayout';
import { api, setApi } from '../../../../../renderer/src/api/client';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { processingOfficer, installFakeProcessing, queueRow } from '../processing/fakeProcessing';
import { openScreen } from '../processing/renderProcessing';

withListLayout();

/** 2,500 cases by deadline (more than the core counts). */
const many = Array.from({ length: 2500 }, (_, i) =>
  queueRow({ id: `case-${i}`, registrationNumber: `6205-2026-${String(100_001 + i).padStart(7, '0')}`, taxpayerName: `Салық төлеуші ${i}` }),
);

const drawnRows = () => screen.getAllByTestId('case-row');
const viewportOf = (grid: HTMLElement) => grid.querySelectorAll<HTMLElement>('[role="rowgroup"]')[1]!;

describe('virtualised case list', () => {
  it('draws only the rows in view and reads the next page as the officer scrolls', async () => {
    const fake = installFakeProcessing({ rows: many });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('data-rows', '100');
    // 400 px of 40 px rows plus a few above and below: a few dozen at most, never the page.
    expect(drawnRows().length).toBeGreaterThanOrEqual(10);
    expect(drawnRows().length).toBeLessThanOrEqual(30);
    expect(screen.getByTestId('list-count')).toHaveTextContent('1000 өтініштен астам · жүктелгені: 100');
    expect(fake.callsOf('queue.search')).toEqual([{ limit: 100, offset: 0 }]);

    const viewport = viewportOf(grid);
    await act(async () => {
      viewport.scrollTop = 100 * 40 - 400;
      fireEvent.scroll(viewport);
    });
    await waitFor(() => expect(grid).toHaveAttribute('data-rows', '200'));
    expect(fake.callsOf('queue.search')).toEqual([
      { limit: 100, offset: 0 },
      { limit: 100, offset: 100 },
    ]);
    expect(drawnRows().length).toBeLessThanOrEqual(30);
    expect(drawnRows().map((r) => r.getAttribute('data-case'))).toContain('case-99');
    expect(screen.getByTestId('list-count')).toHaveTextContent('жүктелгені: 200');
  });

  it('End goes to the last row loaded, and moving there reads the next page too', async () => {
    const fake = installFakeProcessing({ rows: many });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    grid.focus();
    const user = userEvent.setup();
    await user.keyboard('{End}');
    // The list scrolled to the row (a browser then reports the scroll; happy-dom does not).
    await waitFor(() => expect(viewportOf(grid).scrollTop).toBeGreaterThan(0));
    await act(async () => void fireEvent.scroll(viewportOf(grid)));
    expect(document.getElementById(grid.getAttribute('aria-activedescendant')!)).toHaveAttribute('data-case', 'case-99');
    await waitFor(() => expect(fake.callsOf('queue.search')).toContainEqual({ limit: 100, offset: 100 }));
    await waitFor(() => expect(grid).toHaveAttribute('data-rows', '200'));
    await user.keyboard('{PageDown}');
    const current = grid.getAttribute('aria-activedescendant')!;
    expect(Number(current.split('-row-')[1])).toBeGreaterThan(99);
  });

  it('a new search starts again from the first page and the top', async () => {
    const fake = installFakeProcessing({ rows: many });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    await act(async () => {
      viewportOf(grid).scrollTop = 100 * 40 - 400;
      fireEvent.scroll(viewportOf(grid));
    });
    await waitFor(() => expect(grid).toHaveAttribute('data-rows', '200'));
    await userEvent.setup().type(screen.getByTestId('queue-search'), 'Салық{Enter}');
    await waitFor(() => expect(fake.callsOf('queue.search').at(-1)).toEqual({ text: 'Салық', limit: 100, offset: 0 }));
    await waitFor(() => expect(grid).toHaveAttribute('data-rows', '100'));
    expect(viewportOf(grid).scrollTop).toBe(0);
    await act(async () => void fireEvent.scroll(viewportOf(grid)));
    expect(drawnRows()[0]).toHaveAttribute('data-case', 'case-0');
    // No second page was asked for the new search while the list went back to the top.
    expect(fake.callsOf('queue.search').filter((c) => (c as { text?: string }).text === 'Салық')).toEqual([{ text: 'Салық', limit: 100, offset: 0 }]);
  });

  it('does not open a row of the previous search while the new one travels', async () => {
    installFakeProcessing({ rows: many });
    const inner = api();
    let release = () => {};
    setApi({
      onStateChange: inner.onStateChange,
      async send(name, input) {
        if (name === 'queue.search' && (input as { text?: string }).text) await new Promise<void>((resolve) => (release = resolve));
        return inner.send(name, input);
      },
    });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('queue-search'), '6205-2026-0100050{Enter}');
    await waitFor(() => expect(grid).toHaveFocus());
    expect(grid).toHaveAttribute('aria-busy', 'true');
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
    await act(async () => release());
    await waitFor(() => expect(grid).toHaveAttribute('aria-busy', 'false'));
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toMatchObject({ name: 'case', from: 'queue' });
  });
});
