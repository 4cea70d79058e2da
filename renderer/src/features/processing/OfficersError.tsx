// Said where the office's staff list is needed when `officers.list` failed: what the screen falls
// back to, the core's reason in the officer's language, and a way to read the list again.
import { Alert, Button, Group, Text } from '@mantine/core';
import type { MessageKey } from '../../../../shared/i18n';
import { useLocalized, useT } from '../../i18n/useT';
import { useOfficersStore } from '../../stores/officers';

export function OfficersError({ officerId, fallback }: { officerId: number; fallback: MessageKey }) {
  const t = useT();
  const pick = useLocalized();
  const error = useOfficersStore((s) => (s.forOfficer === officerId ? s.error : null));
  const loading = useOfficersStore((s) => s.loading);
  const ensure = useOfficersStore((s) => s.ensure);
  if (!error) return null;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('officersUi.loadFailed')} data-testid="officers-error" data-error-code={error.code} p="xs">
      <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">
          {t(fallback)} {pick(error.message)}
        </Text>
        <Button size="compact-sm" variant="default" loading={loading} onClick={() => void ensure(officerId)} data-testid="officers-retry">
          {t('caseUi.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
