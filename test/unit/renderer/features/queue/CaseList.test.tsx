// The case list at office scale: of thousands of matching cases only the rows in view are drawn,
// a page of 100 is asked of the core at a time as the officer scrolls or moves down, and the
// count says when the core stopped counting.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withListLayout } from '../../listLayout';
import { api, setApi } from '../../../../../renderer/src/api/client';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { useSyncStore } from '../../../../../renderer/src/stores/sync';
import type { SyncStatusView } from '../../../../../shared/api/contracts/sync';
import { processingOfficer, installFakeProcessing, queueRow } from '../processing/fakeProcessing';
import { openScreen } from '../processing/renderProcessing';

withListLayout();

/** 2,500 cases by deadline (more than the core counts). */
const many = Array.from({ length: 2500 }, (_, i) =>
  queueRow({ id: `case-${i}`, registrationNumber: `6205-2026-${String(100_001 + i).padStart(7, '0')}`, taxpayerName: `Салық төлеуші ${i}` }),
);

const drawnRows = () => screen.getAllByTestId('case-row');
const viewportOf = (grid: HTMLElement) => grid.querySelectorAll<HTMLElement>('[role="rowgroup"]')[1]!;
const currentRow = (grid: HTMLElement) => document.getElementById(grid.getAttribute('aria-activedescendant')!);

/** Scrolls to the end of the first page, which reads the second. */
async function scrollPastFirstPage(grid: HTMLElement): Promise<void> {
  await act(async () => {
    viewportOf(grid).scrollTop = 100 * 40 - 400;
    fireEvent.scroll(viewportOf(grid));
  });
  await waitFor(() => expect(grid).toHaveAttribute('data-rows', '200'));
}

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

    await scrollPastFirstPage(grid);
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
    expect(currentRow(grid)).toHaveAttribute('data-case', 'case-99');
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
    await scrollPastFirstPage(grid);
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

  it('reads the rows again when sync brings others’ work, and the cursor stays on its case', async () => {
    const fake = installFakeProcessing({ rows: many.slice(0, 150) });
    useSyncStore.setState({ status: null });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    grid.focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(currentRow(grid)).toHaveAttribute('data-case', 'case-2');

    // Another desk registered a case due sooner; the status the header polls says sync brought it.
    const arrived = queueRow({ id: 'case-new', registrationNumber: '6205-2026-0099999', taxpayerName: 'Жаңа өтініш' });
    fake.state.rows = [arrived, ...fake.state.rows];
    const received = (casesReceived: number) => act(() => useSyncStore.setState({ status: { casesReceived } as SyncStatusView }));
    await received(1);
    await waitFor(() => expect(drawnRows()[0]).toHaveAttribute('data-case', 'case-new'));
    expect(fake.callsOf('queue.search').at(-1)).toEqual({ limit: 100, offset: 0 });
    expect(grid).toHaveAttribute('aria-busy', 'false');
    expect(currentRow(grid)).toHaveAttribute('data-case', 'case-2');
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toMatchObject({ name: 'case', caseId: 'case-2' });

    // The same count again is no news: nothing is read.
    const searches = fake.callsOf('queue.search').length;
    await received(1);
    expect(fake.callsOf('queue.search')).toHaveLength(searches);
  });

  it('a refresh reads as many rows as were loaded, and the officer’s own search wins over it', async () => {
    const fake = installFakeProcessing({ rows: many });
    useSyncStore.setState({ status: null });
    const inner = api();
    let release = () => {};
    setApi({
      onStateChange: inner.onStateChange,
      async send(name, input) {
        if (name !== 'queue.search' || (input as { limit: number }).limit !== 200) return inner.send(name, input);
        // The refresh's answer is the 200 rows as they were; it arrives when released.
        const answer = inner.send(name, input);
        await new Promise<void>((resolve) => (release = resolve));
        return answer;
      },
    });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    await scrollPastFirstPage(grid);
    await act(() => useSyncStore.setState({ status: { casesReceived: 3 } as SyncStatusView }));
    await waitFor(() => expect(fake.callsOf('queue.search').at(-1)).toEqual({ limit: 200, offset: 0 }));
    // While the refresh travels the officer searches; the search's rows stay when the refresh answers.
    fake.state.rows = many.filter((r) => r.id === 'case-6');
    await userEvent.setup().type(screen.getByTestId('queue-search'), '6205-2026-0100007{Enter}');
    await waitFor(() => expect(grid).toHaveAttribute('data-rows', '1'));
    await act(async () => release());
    expect(grid).toHaveAttribute('data-rows', '1');
    expect(drawnRows()[0]).toHaveAttribute('data-case', 'case-6');
  });
});
