// The current step's clock: elapsed and remaining against the norm, ticking once a second while
// the step runs; red once the norm is overrun. Paused time is not counted (the core's accounting).
import { Group, Progress, Stack, Text } from '@mantine/core';
import type { IntakeStepState } from '../../../../shared/api/intake';
import { useT } from '../../i18n/useT';
import { formatDuration, liveTiming, useNow } from './timing';

export function StepTimer({ step, receivedAt }: { step: IntakeStepState; receivedAt: number }) {
  const t = useT();
  const now = useNow(step.status === 'running');
  const timing = liveTiming(step, receivedAt, now);
  const color = timing.overrun ? 'red' : step.status === 'paused' ? 'gray' : 'blue';
  return (
    <Stack gap={4} miw={260} role="timer" aria-label={step.ref} data-testid="step-timer" data-overrun={timing.overrun} data-status={step.status}>
      <Group gap="lg" wrap="nowrap" justify="flex-end">
        <Stack gap={0} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('intakeUi.timer.elapsed')}
          </Text>
          <Text fw={700} size="lg" c={timing.overrun ? 'red.7' : undefined} ff="monospace" data-testid="timer-elapsed">
            {formatDuration(timing.activeSeconds)}
          </Text>
        </Stack>
        <Stack gap={0} align="flex-end">
          <Text size="xs" c={timing.overrun ? 'red.7' : 'dimmed'}>
            {timing.overrun ? t('intakeUi.timer.overrun') : t('intakeUi.timer.remaining')}
          </Text>
          <Text fw={700} size="lg" c={timing.overrun ? 'red.7' : undefined} ff="monospace" data-testid="timer-remaining">
            {timing.overrun ? `+${formatDuration(timing.overrunSeconds)}` : formatDuration(timing.remainingSeconds)}
          </Text>
        </Stack>
        <Stack gap={0} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('intakeUi.timer.norm')}
          </Text>
          <Text fw={700} size="lg" c="dimmed" ff="monospace">
            {formatDuration(step.normSeconds)}
          </Text>
        </Stack>
      </Group>
      <Progress
        value={Math.min(100, (timing.activeSeconds / Math.max(1, step.normSeconds)) * 100)}
        color={color}
        size="sm"
        aria-hidden
      />
    </Stack>
  );
}
