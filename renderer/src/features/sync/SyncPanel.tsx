// The sync panel: details of the link to the central system, "sync now", the initial-download
// progress, and the quarantine of rejected changes with their reasons — which heads and
// administrators resolve (resubmit, or discard with a reason). Nothing is ever deleted silently.
import { Alert, Button, Drawer, Group, Progress, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OfficerView } from '../../../../shared/api';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatDateTime } from '../../i18n/dateTime';
import { useLocalized, useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';

export function SyncPanel({ opened, onClose, officer }: { opened: boolean; onClose(): void; officer: OfficerView }) {
  const t = useT();
  const pick = useLocalized();
  const { status, quarantine, error, busy, syncNow, loadQuarantine, resolve } = useSyncStore();
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const mayResolve = officer.role === 'supervisor' || officer.role === 'admin';

  useEffect(() => {
    if (opened) void loadQuarantine();
  }, [opened, loadQuarantine]);

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={<Title order={4}>{t('syncUi.title')}</Title>}>
      {status && (
        <Stack gap="sm" data-testid="sync-panel">
          {status.message && (
            <Alert color={status.configured ? 'orange' : 'gray'} role="status">
              {pick(status.message)}
            </Alert>
          )}
          {status.configured && (
            <>
              <Text size="sm">
                {t('syncUi.central')}: {status.centralUrl}
              </Text>
              <Text size="sm">{status.lastSuccessAt ? t('syncUi.lastSuccess', { time: formatDateTime(status.lastSuccessAt) }) : t('syncUi.never')}</Text>
              {status.nextAttemptAt && status.failures > 0 && (
                <Text size="sm" c="orange">
                  {t('syncUi.failures', { n: status.failures })} · {t('syncUi.nextAttempt', { time: formatDateTime(status.nextAttemptAt) })}
                </Text>
              )}
              {status.clock.offsetMs !== null && <Text size="sm">{t('syncUi.clockOffset', { seconds: Math.round(status.clock.offsetMs / 1000) })}</Text>}
              {status.download.active && (
                <Stack gap={4}>
                  <Text size="sm">
                    {status.download.remaining !== null
                      ? t('syncUi.downloadOf', { done: status.download.done, total: status.download.done + status.download.remaining })
                      : t('syncUi.download', { done: status.download.done })}
                  </Text>
                  <Progress
                    value={status.download.remaining ? (100 * status.download.done) / (status.download.done + status.download.remaining) : 100}
                    animated
                    aria-label={t('syncUi.syncing')}
                  />
                </Stack>
              )}
            </>
          )}
          <Text size="sm">{t('syncUi.unsent', { n: status.unsent })}</Text>
          {status.numbersLeft !== null && <Text size="sm">{t('syncUi.numbersLeft', { n: status.numbersLeft })}</Text>}
          <Group>
            <Button onClick={() => void syncNow()} loading={busy || status.syncing} disabled={!status.configured} data-testid="sync-now">
              {t('syncUi.syncNow')}
            </Button>
          </Group>

          <Title order={5} mt="md">
            {t('syncUi.quarantineTitle')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('syncUi.quarantineHint')}
          </Text>
          {error && <ErrorAlert error={error} />}
          {quarantine.length === 0 ? (
            <Text c="dimmed" size="sm" data-testid="quarantine-empty">
              {t('syncUi.quarantineEmpty')}
            </Text>
          ) : (
            <Table striped data-testid="quarantine">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('syncUi.column.when')}</Table.Th>
                  <Table.Th>{t('syncUi.column.what')}</Table.Th>
                  <Table.Th>{t('syncUi.column.case')}</Table.Th>
                  <Table.Th>{t('syncUi.column.officer')}</Table.Th>
                  <Table.Th>{t('syncUi.column.reason')}</Table.Th>
                  {mayResolve && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {quarantine.map((item) => (
                  <Table.Tr key={item.mutationId}>
                    <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                    <Table.Td>{item.eventType ?? item.kind}</Table.Td>
                    <Table.Td>{item.registrationNumber ?? item.taxpayerName ?? '—'}</Table.Td>
                    <Table.Td>{item.officer?.shortName ?? '—'}</Table.Td>
                    <Table.Td>{pick(item.message)}</Table.Td>
                    {mayResolve && (
                      <Table.Td>
                        {discarding === item.mutationId ? (
                          <Stack gap={4}>
                            <Textarea label={t('syncUi.discardReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} autoFocus />
                            <Group gap={4}>
                              <Button
                                size="xs"
                                color="red"
                                disabled={!reason.trim()}
                                onClick={async () => {
                                  if (await resolve(item.mutationId, { action: 'discard', reason })) setDiscarding(null);
                                }}
                              >
                                {t('syncUi.discardConfirm')}
                              </Button>
                              <Button size="xs" variant="default" onClick={() => setDiscarding(null)}>
                                {t('syncUi.cancel')}
                              </Button>
                            </Group>
                          </Stack>
                        ) : (
                          <Group gap={4} wrap="nowrap">
                            <Button size="xs" variant="light" onClick={() => void resolve(item.mutationId, { action: 'resubmit' })}>
                              {t('syncUi.resubmit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => {
                                setReason('');
                                setDiscarding(item.mutationId);
                              }}
                            >
                              {t('syncUi.discard')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
