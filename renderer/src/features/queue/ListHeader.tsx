// A list screen's title line: the title, how many cases match (the core counts up to a cap), how
// many are shown, and the keyboard hint.
import { Group, Kbd, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { CaseQueueStore } from '../../stores/caseQueue';

export function ListHeader({ title, store }: { title: string; store: CaseQueueStore }) {
  const t = useT();
  const total = store((s) => s.total);
  const capped = store((s) => s.totalCapped);
  const shown = store((s) => s.rows.length);
  const loaded = store((s) => s.loaded);
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap">
      <Group gap="md" align="baseline" wrap="nowrap">
        <Title order={3}>{title}</Title>
        {loaded && (
          <Text size="sm" c="dimmed" data-testid="list-count">
            {capped ? t('queueUi.countCapped', { n: total }) : t('queueUi.count', { n: total })}
            {shown < total || capped ? ` · ${t('queueUi.loaded', { n: shown })}` : ''}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('queueUi.keys.move')} · <Kbd size="xs">Enter</Kbd> {t('queueUi.keys.open')}
      </Text>
    </Group>
  );
}
