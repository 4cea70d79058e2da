// The signed-in frame: who is working (name, role, office), language, sign-out, navigation.
import { AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { OfficerView } from '../../../shared/api';
import { QueueScreen } from '../features/queue/QueueScreen';
import { useLocalized, useT } from '../i18n/useT';
import { useSessionStore } from '../stores/session';
import { LanguageSwitch } from './LanguageSwitch';

export function AppFrame({ officer }: { officer: OfficerView }) {
  const t = useT();
  const pick = useLocalized();
  const { signOut, busy } = useSessionStore();

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={4}>{t('app.title')}</Title>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end" data-testid="officer">
              <Text size="sm" fw={600}>
                {officer.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {pick(officer.office.name)}
              </Text>
            </Stack>
            <Badge variant="light" data-testid="officer-role">
              {t(`role.${officer.role}`)}
            </Badge>
            <LanguageSwitch />
            <Button variant="default" onClick={() => void signOut()} loading={busy}>
              {t('frame.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink label={t('frame.nav.queue')} active />
      </AppShell.Navbar>
      <AppShell.Main>
        <QueueScreen />
      </AppShell.Main>
    </AppShell>
  );
}
