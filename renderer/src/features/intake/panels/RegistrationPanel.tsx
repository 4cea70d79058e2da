// §5.1.d: registering the application in the central tax system — the incoming number comes
// from this workstation's leased block, the deadline from the regulation and the calendar.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useLocalized, useT } from '../../../i18n/useT';
import { useIntakeStore } from '../../../stores/intake';
import { fieldId } from '../fields';
import type { PanelProps } from './types';

export function RegistrationPanel({ caseId, entry, step, onDecline }: PanelProps) {
  const t = useT();
  const pick = useLocalized();
  const register = useIntakeStore((s) => s.register);
  const { view, busy } = entry;
  const mismatch = view.registry.check === 'mismatch';
  const name = view.form.application?.taxpayerName || view.registry.name || '';

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('intakeUi.register.hint')}
      </Text>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="sm" ff="monospace">
          {view.taxpayerId}
        </Text>
      </Group>
      {mismatch && (
        <Alert color="red" p="sm" data-testid="registration-blocked">
          <Stack gap="xs">
            <Text size="sm">{step.problems.map((p) => pick(p.message)).join(' ')}</Text>
            <Group>
              <Button color="red" size="xs" onClick={onDecline}>
                {t('intakeUi.decline')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button id={fieldId('registration')} size="md" onClick={() => void register(caseId)} loading={busy === 'register'} disabled={mismatch} data-autofocus>
          {t('intakeUi.register')}
        </Button>
      </Group>
    </Stack>
  );
}
