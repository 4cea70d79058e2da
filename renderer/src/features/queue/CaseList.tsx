// A case list that stays fast at 100,000 cases: only the rows in view are in the DOM
// (@tanstack/react-virtual), and the next page is asked of the core as the officer nears the end
// of what is loaded. A grid for the keyboard: Tab into it, ↑ ↓ PageUp PageDown Home End move the
// current row (the list scrolls to it), Enter opens it; a click opens a row too. While a new search
// travels, the rows of the previous one are dimmed and cannot be opened. When sync brings others'
// work (a case registered at the front desk, an electronic application), the rows are read again.
import { Center, Group, Loader, Paper, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { QueueRow } from '../../../../shared/api/processing';
import { useT } from '../../i18n/useT';
import type { CaseQueueStore } from '../../stores/caseQueue';
import { useSyncStore } from '../../stores/sync';
import classes from './caseList.module.css';
import { riskStyle } from './deadline';

export interface CaseColumn {
  key: string;
  header: string;
  /** A CSS grid track, e.g. '160px' or 'minmax(240px, 1fr)'. */
  width: string;
  render(row: QueueRow): ReactNode;
}

export const rowHeight = 40;
/** Rows from the end of what is loaded at which the next page is asked for. */
const prefetchRows = 30;

export function CaseList({
  store,
  columns,
  onOpen,
  label,
  empty,
  height,
  id,
}: {
  store: CaseQueueStore;
  columns: CaseColumn[];
  onOpen(row: QueueRow): void;
  label: string;
  empty: string;
  /** CSS height of the scrolling rows. */
  height: string;
  /** The grid's DOM id (a search field moves focus here). */
  id: string;
}) {
  const t = useT();
  const rows = store((s) => s.rows);
  const hasMore = store((s) => s.hasMore);
  const loading = store((s) => s.loading);
  const loaded = store((s) => s.loaded);
  const loadMore = store((s) => s.loadMore);
  const filters = store((s) => s.filters);
  const refresh = store((s) => s.refresh);
  const casesReceived = useSyncStore((s) => s.status?.casesReceived ?? 0);
  const seenReceived = useRef(casesReceived);
  const viewport = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const prefix = useId();
  const template = columns.map((c) => c.width).join(' ');

  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;

  // Near the end of what is loaded: the next page. Judged by the box's own scroll position too,
  // which a new search resets at once (the virtualizer hears of it a moment later).
  useEffect(() => {
    const box = viewport.current;
    if (!hasMore || !box || lastShown < rows.length - prefetchRows) return;
    if (box.scrollTop + box.clientHeight >= (rows.length - prefetchRows) * rowHeight) void loadMore();
  }, [hasMore, lastShown, rows.length, loadMore]);

  useEffect(() => {
    if (casesReceived > seenReceived.current) void refresh();
    seenReceived.current = casesReceived;
  }, [casesReceived, refresh]);

  // The current row is a case: when rows are read again and it moved, the cursor follows it, so
  // that Enter opens the case the officer was looking at.
  const activeId = useRef<string | null>(null);
  useEffect(() => {
    const at = activeId.current === null ? -1 : rows.findIndex((r) => r.id === activeId.current);
    if (at >= 0) setActive(at);
  }, [rows]);

  // New filters: back to the top.
  useEffect(() => {
    activeId.current = null;
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [filters, virtualizer]);

  const current = Math.min(active, Math.max(0, rows.length - 1));

  function move(to: number) {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    activeId.current = rows[next]?.id ?? null;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (next >= rows.length - prefetchRows) void loadMore();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor((viewport.current?.clientHeight || rowHeight * 10) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      PageDown: () => move(current + page),
      PageUp: () => move(current - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => rows[current] && onOpen(rows[current]),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // The rows on screen answer the previous search until the new one arrives: not to be opened.
    if (event.key === 'Enter' && loading) return;
    action();
  }

  const rowId = (index: number) => `${prefix}-row-${index}`;

  return (
    <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
      <div
        id={id}
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
        aria-activedescendant={rows.length ? rowId(current) : undefined}
        aria-busy={loading}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className={classes.grid}
        data-testid="case-list"
        data-rows={rows.length}
      >
        <div role="rowgroup">
          <div
            role="row"
            aria-rowindex={1}
            style={{ display: 'grid', gridTemplateColumns: template, background: 'var(--mantine-color-gray-1)', borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            {columns.map((c) => (
              <Text key={c.key} role="columnheader" size="xs" fw={700} c="dark.5" px="xs" py={6} truncate>
                {c.header}
              </Text>
            ))}
          </div>
        </div>
        <div
          ref={viewport}
          role="rowgroup"
          className={classes.viewport}
          style={{ height, overflowY: 'auto', position: 'relative', background: 'var(--mantine-color-white)', opacity: loading && loaded ? 0.55 : 1 }}
        >
          {loading && !loaded ? (
            <Center py="xl">
              <Loader size="sm" aria-label={t('app.loading')} />
            </Center>
          ) : rows.length === 0 ? (
            <Text c="dimmed" py="xl" ta="center" data-testid="case-list-empty">
              {empty}
            </Text>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) {
                  return (
                    <Group key="more" gap="xs" px="sm" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
                      <Loader size="xs" />
                      <Text size="sm" c="dimmed">
                        {t('app.loading')}
                      </Text>
                    </Group>
                  );
                }
                return (
                  <div
                    key={row.id}
                    id={rowId(item.index)}
                    role="row"
                    aria-rowindex={item.index + 2}
                    aria-selected={item.index === current}
                    className={classes.row}
                    onClick={() => {
                      setActive(item.index);
                      if (!loading) onOpen(row);
                    }}
                    data-testid="case-row"
                    data-case={row.id}
                    data-risk={row.risk ?? 'none'}
                    data-state={row.state}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: item.size,
                      transform: `translateY(${item.start}px)`,
                      display: 'grid',
                      gridTemplateColumns: template,
                      alignItems: 'center',
                      boxShadow: `inset 4px 0 0 ${riskStyle[row.risk ?? 'normal'].stripe}`,
                    }}
                  >
                    {columns.map((c) => (
                      <div key={c.key} role="gridcell" style={{ minWidth: 0, padding: '0 var(--mantine-spacing-xs)' }}>
                        {c.render(row)}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </Paper>
  );
}
