// The §5.3 clock at the window: elapsed and remaining against the norm of the case's regulation
// version, ticking once a second, red once the norm is overrun (the intake timers' look).
import { Group, Progress, Stack, Text } from '@mantine/core';
import { shippedRegulationVersions, type Procedure } from '../../../../shared/domain/regulation';
import { useT } from '../../i18n/useT';
import { formatDuration, useNow } from '../intake/timing';

/** The office channel's issuance procedure of a regulation version shipped with the app. */
export function issuanceProcedure(regulationVersion: string | null): Procedure | null {
  const version = shippedRegulationVersions.find((v) => v.id === regulationVersion);
  return version?.procedures.find((p) => p.stage === 'issuance' && p.channel === 'office') ?? null;
}

export function IssuanceTimer({ startedAt, norm, running }: { startedAt: number; norm: number | null; running: boolean }) {
  const t = useT();
  const now = useNow(running);
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  const overrun = norm !== null && elapsed > norm;
  return (
    <Stack gap={4} miw={260} role="timer" data-testid="issuance-timer" data-overrun={overrun}>
      <Group gap="lg" wrap="nowrap" justify="flex-end">
        <Stack gap={0} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('intakeUi.timer.elapsed')}
          </Text>
          <Text fw={700} size="lg" ff="monospace" c={overrun ? 'red.7' : undefined} data-testid="issuance-elapsed">
            {formatDuration(elapsed)}
          </Text>
        </Stack>
        {norm !== null && (
          <>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c={overrun ? 'red.7' : 'dimmed'}>
                {overrun ? t('intakeUi.timer.overrun') : t('intakeUi.timer.remaining')}
              </Text>
              <Text fw={700} size="lg" ff="monospace" c={overrun ? 'red.7' : undefined} data-testid="issuance-remaining">
                {overrun ? `+${formatDuration(elapsed - norm)}` : formatDuration(norm - elapsed)}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('intakeUi.timer.norm')}
              </Text>
              <Text fw={700} size="lg" c="dimmed" ff="monospace">
                {formatDuration(norm)}
              </Text>
            </Stack>
          </>
        )}
      </Group>
      {norm !== null && <Progress value={Math.min(100, (elapsed / Math.max(1, norm)) * 100)} color={overrun ? 'red' : 'blue'} size="sm" aria-hidden />}
    </Stack>
  );
}
