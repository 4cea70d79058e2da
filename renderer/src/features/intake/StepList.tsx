// The steps of the case's regulation version, in order: § reference, title, norm, status and
// time (live for the running step), the current one marked.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { IntakeStepState } from '../../../../shared/api/intake';
import { useLocalized, useT } from '../../i18n/useT';
import { formatDuration, liveTiming, useNow } from './timing';

const statusColor = { notStarted: 'gray', running: 'blue', paused: 'yellow', completed: 'green' } as const;

function StepRow({ step, current, receivedAt }: { step: IntakeStepState; current: boolean; receivedAt: number }) {
  const t = useT();
  const pick = useLocalized();
  const now = useNow(step.status === 'running');
  const timing = liveTiming(step, receivedAt, now);
  const timed = step.status !== 'notStarted';
  return (
    <Paper
      component="li"
      withBorder
      px="sm"
      py={6}
      aria-current={current ? 'step' : undefined}
      data-testid={`step-${step.id}`}
      data-status={step.status}
      style={{
        listStyle: 'none',
        borderLeft: `4px solid var(--mantine-color-${current ? 'blue-6' : step.status === 'completed' ? 'green-6' : 'gray-3'})`,
        background: current ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={700}>
          {step.ref}
        </Text>
        {step.status !== 'notStarted' && (
          <Badge size="xs" variant="light" color={statusColor[step.status]} tt="none">
            {t(`intakeUi.status.${step.status}`)}
          </Badge>
        )}
      </Group>
      <Text size="xs" lineClamp={2} title={pick(step.title)}>
        {pick(step.title)}
      </Text>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed">
          {t('intakeUi.timer.normShort', { time: formatDuration(step.normSeconds) })}
        </Text>
        {timed && (
          <Text size="xs" fw={600} ff="monospace" c={timing.overrun ? 'red.7' : undefined} data-testid="step-time">
            {formatDuration(timing.activeSeconds)}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

export function StepList({ steps, currentStep, receivedAt }: { steps: IntakeStepState[]; currentStep: string | null; receivedAt: number }) {
  const t = useT();
  return (
    <Stack gap={6} component="nav" aria-label={t('intakeUi.steps')} w={280} style={{ flexShrink: 0 }}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {t('intakeUi.steps')}
      </Text>
      <Stack gap={6} component="ol" p={0} m={0}>
        {steps.map((step) => (
          <StepRow key={step.id} step={step} current={step.id === currentStep} receivedAt={receivedAt} />
        ))}
      </Stack>
    </Stack>
  );
}
