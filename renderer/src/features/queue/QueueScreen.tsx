// The case queue of the officer's office (empty until intake lands).
import { Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useQueueStore } from '../../stores/queue';

export function QueueScreen() {
  const t = useT();
  const { cases, loading, error, load } = useQueueStore();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack>
      <Title order={3}>{t('queue.title')}</Title>
      {error && <ErrorAlert error={error} />}
      {loading && cases.length === 0 ? (
        <Center py="xl">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      ) : cases.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center" data-testid="queue-empty">
          {t('queue.empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('queue.count', { n: cases.length })}
          </Text>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.column.number')}</Table.Th>
                <Table.Th>{t('queue.column.taxpayer')}</Table.Th>
                <Table.Th>{t('queue.column.state')}</Table.Th>
                <Table.Th>{t('queue.column.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.registrationNumber ?? '—'}</Table.Td>
                  <Table.Td>
                    {c.taxpayerName} ({c.taxpayerId})
                  </Table.Td>
                  <Table.Td>{c.state}</Table.Td>
                  <Table.Td>{c.deadline ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
