// The §5.3 clock at the window, as the core keeps it: the active seconds the core counted when
// the case was read, advanced once a second from the moment that answer arrived while the step
// runs (this window's clock only measures the time since; the core's clock is never compared with
// it). Elapsed and remaining against the norm of the case's regulation version; red once the norm
// is overrun (the intake timers' look).
import { Group, Progress, Stack, Text } from '@mantine/core';
import type { IssuanceTiming } from '../../../../shared/api/processing';
import { useT } from '../../i18n/useT';
import { formatDuration, liveTiming, useNow } from '../intake/timing';

export function IssuanceTimer({ timing, receivedAt }: { timing: IssuanceTiming; receivedAt: number }) {
  const t = useT();
  const now = useNow(timing.status === 'running');
  const live = liveTiming(timing, receivedAt, now);
  // A step without a norm in its regulation version: the time is counted, nothing is overrun.
  const norm = timing.normSeconds > 0 ? timing.normSeconds : null;
  const overrun = norm !== null && live.overrun;
  return (
    <Stack gap={4} miw={260} role="timer" aria-label={timing.ref} data-testid="issuance-timer" data-overrun={overrun} data-status={timing.status}>
      <Group gap="lg" wrap="nowrap" justify="flex-end">
        <Stack gap={0} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('intakeUi.timer.elapsed')}
          </Text>
          <Text fw={700} size="lg" ff="monospace" c={overrun ? 'red.7' : undefined} data-testid="issuance-elapsed">
            {formatDuration(live.activeSeconds)}
          </Text>
        </Stack>
        {norm !== null && (
          <>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c={overrun ? 'red.7' : 'dimmed'}>
                {overrun ? t('intakeUi.timer.overrun') : t('intakeUi.timer.remaining')}
              </Text>
              <Text fw={700} size="lg" ff="monospace" c={overrun ? 'red.7' : undefined} data-testid="issuance-remaining">
                {overrun ? `+${formatDuration(live.overrunSeconds)}` : formatDuration(live.remainingSeconds)}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('intakeUi.timer.norm')}
              </Text>
              <Text fw={700} size="lg" c="dimmed" ff="monospace" data-testid="issuance-norm">
                {formatDuration(norm)}
              </Text>
            </Stack>
          </>
        )}
      </Group>
      {norm !== null && (
        <Progress
          value={Math.min(100, (live.activeSeconds / norm) * 100)}
          color={overrun ? 'red' : timing.status === 'running' ? 'blue' : 'gray'}
          size="sm"
          aria-hidden
        />
      )}
    </Stack>
  );
}
