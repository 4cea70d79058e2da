// The signed-in frame: who is working (name, role, office), language, sign-out, navigation
// (the queue, a new application, the officer's unfinished intakes) and the screen shown.
import { AppShell, Badge, Button, Divider, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import type { OfficerView } from '../../../shared/api';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { IntakeStartScreen } from '../features/intake/IntakeStartScreen';
import { OpenIntakesNav } from '../features/intake/OpenIntakesNav';
import { QueueScreen } from '../features/queue/QueueScreen';
import { useLocalized, useT } from '../i18n/useT';
import { useIntakeStore } from '../stores/intake';
import { useNavigationStore } from '../stores/navigation';
import { useSessionStore } from '../stores/session';
import { LanguageSwitch } from './LanguageSwitch';

/** The keyboard shortcut for a new application (front desk), shown next to the button. */
export const newApplicationShortcut = 'alt+N';

export function AppFrame({ officer }: { officer: OfficerView }) {
  const t = useT();
  const pick = useLocalized();
  const { signOut, busy } = useSessionStore();
  const { screen, showQueue, startNew } = useNavigationStore();
  const loadOpen = useIntakeStore((s) => s.loadOpen);
  const frontDesk = officer.role === 'frontDesk';

  useEffect(() => {
    if (frontDesk) void loadOpen();
  }, [frontDesk, loadOpen]);

  // By the physical key: officers type with the Kazakh or Russian layout on.
  useHotkeys(frontDesk ? [[newApplicationShortcut, startNew, { usePhysicalKeys: true }]] : [], []);

  async function leave() {
    await useIntakeStore.getState().reset();
    showQueue();
    await signOut();
  }

  // Only front-desk officers take applications; anyone else lands on the queue.
  const shown = !frontDesk && screen.name === 'start' ? { name: 'queue' as const } : screen;

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 0 }} padding="md">
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
            <Button variant="default" onClick={() => void leave()} loading={busy}>
              {t('frame.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink label={t('frame.nav.queue')} active={shown.name === 'queue'} onClick={showQueue} />
        {frontDesk && (
          <>
            <NavLink
              label={t('intakeUi.new')}
              active={shown.name === 'start'}
              onClick={startNew}
              rightSection={<Kbd size="xs">Alt+N</Kbd>}
              data-testid="nav-new-intake"
            />
            <Divider my="xs" />
            <OpenIntakesNav />
          </>
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {shown.name === 'start' ? (
          <IntakeStartScreen />
        ) : shown.name === 'intake' ? (
          <IntakeScreen caseId={shown.caseId} />
        ) : (
          <QueueScreen onNew={frontDesk ? startNew : undefined} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
