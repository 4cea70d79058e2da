// The front desk's case queue of the office: number, taxpayer, state and deadline; a row opens the
// case — its intake (or the summary of one done), the window's issuance for a case ready for
// issue, the case screen once the head has signed. Front-desk officers start applications here.
import { Button, Center, Group, Kbd, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { caseStates, type CaseState } from '../../../../shared/domain/cases';
import { formatDate } from '../../../../shared/i18n/dates';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useNavigationStore } from '../../stores/navigation';
import { useQueueStore } from '../../stores/queue';

const isCaseState = (value: string): value is CaseState => (caseStates as readonly string[]).includes(value);
const signed: readonly string[] = ['approved', 'issued', 'sentBack'];

export function QueueScreen({ onNew }: { onNew?: (() => void) | undefined }) {
  const t = useT();
  const { cases, loading, error, load } = useQueueStore();
  const { openIntake, openIssue, openCase } = useNavigationStore();
  const open = (c: { id: string; state: string }) => (c.state === 'readyForIssue' ? openIssue(c.id) : signed.includes(c.state) ? openCase(c.id) : openIntake(c.id));
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('queue.title')}</Title>
        {onNew && (
          <Button onClick={onNew} rightSection={<Kbd size="xs">Alt+N</Kbd>} data-testid="new-intake">
            {t('intakeUi.new')}
          </Button>
        )}
      </Group>
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
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('queue.count', { n: cases.length })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('intakeUi.queueOpenHint')}
            </Text>
          </Group>
          <Table striped highlightOnHover bg="white" withTableBorder data-testid="queue-table">
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
                <Table.Tr
                  key={c.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => open(c)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') open(c);
                  }}
                  data-testid="queue-row"
                  data-case={c.id}
                >
                  <Table.Td ff="monospace">{c.registrationNumber ?? '—'}</Table.Td>
                  <Table.Td>
                    {c.taxpayerName || '—'}{' '}
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {c.taxpayerId}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="queue-state">{isCaseState(c.state) ? t(`caseState.${c.state}`) : c.state}</Table.Td>
                  <Table.Td data-testid="queue-deadline">{c.deadline ? formatDate(c.deadline) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
