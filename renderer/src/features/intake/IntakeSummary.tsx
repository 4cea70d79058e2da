// The end of an intake: each step's time against its norm (pauses excluded), overruns in red
// with the reasons given, the total against the 20 minutes of §5.1, the registration; then back
// to the queue, where the case now waits with its deadline.
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useLocalized, useT } from '../../i18n/useT';
import type { IntakeEntry } from '../../stores/intake';
import { useNavigationStore } from '../../stores/navigation';
import { IntakeHeader } from './IntakeWizard';
import { RegistrationCard } from './RegistrationCard';
import { formatDuration } from './timing';

export function IntakeSummary({ caseId, entry }: { caseId: string; entry: IntakeEntry }) {
  const t = useT();
  const pick = useLocalized();
  const showQueue = useNavigationStore((s) => s.showQueue);
  const back = useRef<HTMLButtonElement>(null);
  const { view } = entry;
  const { totals } = view;

  useEffect(() => back.current?.focus(), []);

  return (
    <Stack gap="sm" data-testid="intake-summary">
      <IntakeHeader caseId={caseId} entry={entry} withBack={false} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('intakeUi.summary.title')}</Title>
          {view.registration && <RegistrationCard registration={view.registration} />}
          <Alert color={totals.overrun ? 'red' : 'green'} p="xs" data-testid="summary-total">
            {totals.overrun
              ? t('intakeUi.summary.overNorm', {
                  overrun: formatDuration(totals.overrunSeconds),
                  actual: formatDuration(totals.activeSeconds),
                  norm: formatDuration(totals.normSeconds),
                })
              : t('intakeUi.summary.withinNorm', { actual: formatDuration(totals.activeSeconds), norm: formatDuration(totals.normSeconds) })}
          </Alert>
          <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="summary-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('intakeUi.summary.step')}</Table.Th>
                <Table.Th ta="right">{t('intakeUi.summary.norm')}</Table.Th>
                <Table.Th ta="right">{t('intakeUi.summary.actual')}</Table.Th>
                <Table.Th ta="right">{t('intakeUi.summary.paused')}</Table.Th>
                <Table.Th ta="right">{t('intakeUi.summary.overrun')}</Table.Th>
                <Table.Th>{t('intakeUi.summary.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.steps.map((step) => {
                const over = step.overrunSeconds > 0;
                return (
                  <Table.Tr key={step.id} data-overrun={over} bg={over ? 'red.0' : undefined}>
                    <Table.Td>
                      <Text span fw={700} size="sm">
                        {step.ref}
                      </Text>{' '}
                      <Text span size="sm">
                        {pick(step.title)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {formatDuration(step.normSeconds)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" c={over ? 'red.7' : undefined} fw={over ? 700 : undefined}>
                      {formatDuration(step.activeSeconds)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" c="dimmed">
                      {step.pausedSeconds > 0 ? formatDuration(step.pausedSeconds) : '—'}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" c={over ? 'red.7' : 'dimmed'} fw={over ? 700 : undefined}>
                      {over ? `+${formatDuration(step.overrunSeconds)}` : '—'}
                    </Table.Td>
                    <Table.Td c={over ? 'red.8' : undefined}>{step.overrunReason ?? ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('intakeUi.summary.total')}</Table.Th>
                <Table.Th ta="right" ff="monospace">
                  {formatDuration(totals.normSeconds)}
                </Table.Th>
                <Table.Th ta="right" ff="monospace" c={totals.overrun ? 'red.7' : undefined}>
                  {formatDuration(totals.activeSeconds)}
                </Table.Th>
                <Table.Th />
                <Table.Th ta="right" ff="monospace" c={totals.overrun ? 'red.7' : 'dimmed'}>
                  {totals.overrun ? `+${formatDuration(totals.overrunSeconds)}` : '—'}
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          <Group>
            <Button ref={back} onClick={showQueue}>
              {t('intakeUi.backToQueue')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
