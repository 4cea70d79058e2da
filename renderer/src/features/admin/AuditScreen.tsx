// The head's audit log screen: the integrity check of the audit log (administrators find the same
// card on their settings screen).
import { Stack, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { AuditCard } from './AuditCard';

export function AuditScreen() {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="audit-screen">
      <Title order={3}>{t('adminUi.nav.audit')}</Title>
      <AuditCard maw={560} />
    </Stack>
  );
}
