// The incoming registration (§5.1.d): number, date and the deadline for the outgoing document,
// in figures and in words, and whether it was moved past a day off.
import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import type { IntakeView } from '../../../../shared/api/intake';
import { formatDate } from '../../../../shared/i18n/dates';
import { useLocalized, useT } from '../../i18n/useT';

export function RegistrationCard({ registration }: { registration: NonNullable<IntakeView['registration']> }) {
  const t = useT();
  const pick = useLocalized();
  return (
    <Paper withBorder p="sm" bg="green.0" data-testid="registration">
      <Stack gap={6}>
        <Text size="sm" fw={700} c="green.9">
          {t('intakeUi.registration.title')}
        </Text>
        <Group gap="xl" align="flex-start">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('intakeUi.registration.number')}
            </Text>
            <Text fw={700} size="lg" ff="monospace" data-testid="registration-number">
              {registration.number}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('intakeUi.registration.date')}
            </Text>
            <Text fw={600}>{formatDate(registration.registeredOn)}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('intakeUi.registration.deadline')}
            </Text>
            <Text fw={700} data-testid="registration-deadline">
              {formatDate(registration.deadline)}
            </Text>
            <Text size="sm" data-testid="registration-deadline-words">
              {pick(registration.deadlineInWords)}
            </Text>
          </Stack>
        </Group>
        {registration.moved && (
          <Alert color="yellow" p="xs" data-testid="deadline-moved">
            {t('intakeUi.registration.moved')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
