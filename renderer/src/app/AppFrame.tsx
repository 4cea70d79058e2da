// The signed-in frame: who is working (name, role, office), language, sign-out, navigation by
// role — the queue for everyone; a new application, the issuance window, the journal and the
// unfinished intakes for the front desk; the drafts awaiting approval, the journal and the audit
// log check for heads; the journal and the workstation settings (with the audit log check) for
// administrators — and the screen shown. A screen not meant for the role (a stale one after
// another officer signed in on this window) falls back to the queue.
import { AppShell, Badge, Button, Divider, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { OfficerView } from '../../../shared/api';
import type { Role } from '../../../shared/domain/roles';
import { AuditScreen } from '../features/admin/AuditScreen';
import { SettingsScreen } from '../features/admin/SettingsScreen';
import { ApprovalsScreen } from '../features/approval/ApprovalsScreen';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { IntakeStartScreen } from '../features/intake/IntakeStartScreen';
import { OpenIntakesNav } from '../features/intake/OpenIntakesNav';
import { IssuanceScreen } from '../features/issuance/IssuanceScreen';
import { IssueScreen } from '../features/issuance/IssueScreen';
import { JournalScreen } from '../features/issuance/JournalScreen';
import { CaseScreen } from '../features/processing/CaseScreen';
import { ProcessingQueueScreen } from '../features/queue/ProcessingQueueScreen';
import { SyncPanel } from '../features/sync/SyncPanel';
import { SyncStatusBadge } from '../features/sync/SyncStatusBadge';
import { QueueScreen } from '../features/queue/QueueScreen';
import { useLocalized, useT } from '../i18n/useT';
import { resetCaseQueues, useApprovalQueue } from '../stores/caseQueue';
import { useAttachmentsStore } from '../stores/attachments';
import { useCasesStore } from '../stores/cases';
import { useIntakeStore } from '../stores/intake';
import { useJournalStore } from '../stores/journal';
import { useNavigationStore, type Screen } from '../stores/navigation';
import { useOfficersStore } from '../stores/officers';
import { useSessionStore } from '../stores/session';
import { useSettingsStore } from '../stores/settings';
import { LanguageSwitch } from './LanguageSwitch';

/** The keyboard shortcut for a new application (front desk), shown next to the button. */
export const newApplicationShortcut = 'alt+N';
/** The keyboard shortcut for the issuance window (front desk). */
export const issuanceShortcut = 'alt+I';

/** Which roles each screen is for (the case screen is for anyone: it offers only what the core allows). */
const screenRoles: Record<Screen['name'], readonly Role[] | 'all'> = {
  queue: 'all',
  case: 'all',
  start: ['frontDesk'],
  intake: ['frontDesk'],
  issuance: ['frontDesk'],
  issue: ['frontDesk'],
  approvals: ['supervisor'],
  journal: ['frontDesk', 'supervisor', 'admin'],
  settings: ['admin'],
  // The core lets both check the audit log; administrators have the check on their settings screen.
  audit: ['supervisor', 'admin'],
};

export function screenFor(role: Role, screen: Screen): Screen {
  const roles = screenRoles[screen.name];
  return roles === 'all' || roles.includes(role) ? screen : { name: 'queue' };
}

export function AppFrame({ officer }: { officer: OfficerView }) {
  const t = useT();
  const pick = useLocalized();
  const { signOut, busy } = useSessionStore();
  const { screen, showQueue, startNew, showApprovals, showIssuance, showJournal, showSettings, showAudit } = useNavigationStore();
  const loadOpen = useIntakeStore((s) => s.loadOpen);
  const awaitingApproval = useApprovalQueue((s) => (s.loaded ? s.total : null));
  const role = officer.role;
  const frontDesk = role === 'frontDesk';
  const head = role === 'supervisor';
  const admin = role === 'admin';
  const deciding = role === 'processing' || head;
  const withJournal = (screenRoles.journal as readonly Role[]).includes(role);
  const [syncOpen, setSyncOpen] = useState(false);

  useEffect(() => {
    if (frontDesk) void loadOpen();
  }, [frontDesk, loadOpen]);

  // The number of drafts awaiting approval, fresh on every screen the head moves to.
  useEffect(() => {
    if (head && screen.name !== 'approvals') void useApprovalQueue.getState().load();
  }, [head, screen]);

  // By the physical key: officers type with the Kazakh or Russian layout on.
  useHotkeys(
    frontDesk
      ? [
          [newApplicationShortcut, startNew, { usePhysicalKeys: true }],
          [issuanceShortcut, showIssuance, { usePhysicalKeys: true }],
        ]
      : [],
    [],
  );

  async function leave() {
    await useIntakeStore.getState().reset();
    useCasesStore.getState().reset();
    useJournalStore.getState().reset();
    useAttachmentsStore.getState().reset();
    useOfficersStore.getState().reset();
    useSettingsStore.getState().reset();
    resetCaseQueues();
    showQueue();
    await signOut();
  }

  const shown = screenFor(role, screen);
  const onCase = shown.name === 'case' ? shown.from : null;

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Title order={4}>{t('app.title')}</Title>
            <SyncStatusBadge onOpen={() => setSyncOpen(true)} />
          </Group>
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
      <SyncPanel opened={syncOpen} onClose={() => setSyncOpen(false)} officer={officer} />
      <AppShell.Navbar p="xs">
        <NavLink label={t('frame.nav.queue')} active={shown.name === 'queue' || onCase === 'queue'} onClick={showQueue} data-testid="nav-queue" />
        {head && (
          <NavLink
            label={t('navUi.approvals')}
            active={shown.name === 'approvals' || onCase === 'approvals'}
            onClick={showApprovals}
            rightSection={
              awaitingApproval ? (
                <Badge size="sm" variant="filled" color="indigo" data-testid="approvals-count">
                  {awaitingApproval}
                </Badge>
              ) : undefined
            }
            data-testid="nav-approvals"
          />
        )}
        {frontDesk && (
          <>
            <NavLink
              label={t('intakeUi.new')}
              active={shown.name === 'start'}
              onClick={startNew}
              rightSection={<Kbd size="xs">Alt+N</Kbd>}
              data-testid="nav-new-intake"
            />
            <NavLink
              label={t('navUi.issuance')}
              active={shown.name === 'issuance' || shown.name === 'issue'}
              onClick={showIssuance}
              rightSection={<Kbd size="xs">Alt+I</Kbd>}
              data-testid="nav-issuance"
            />
          </>
        )}
        {withJournal && <NavLink label={t('navUi.journal')} active={shown.name === 'journal'} onClick={showJournal} data-testid="nav-journal" />}
        {head && <NavLink label={t('adminUi.nav.audit')} active={shown.name === 'audit'} onClick={showAudit} data-testid="nav-audit" />}
        {admin && <NavLink label={t('adminUi.nav.settings')} active={shown.name === 'settings'} onClick={showSettings} data-testid="nav-settings" />}
        {frontDesk && (
          <>
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
        ) : shown.name === 'case' ? (
          <CaseScreen key={shown.caseId} caseId={shown.caseId} from={shown.from} officer={officer} />
        ) : shown.name === 'approvals' ? (
          <ApprovalsScreen />
        ) : shown.name === 'issuance' ? (
          <IssuanceScreen />
        ) : shown.name === 'issue' ? (
          <IssueScreen key={shown.caseId} caseId={shown.caseId} />
        ) : shown.name === 'journal' ? (
          <JournalScreen />
        ) : shown.name === 'settings' ? (
          <SettingsScreen />
        ) : shown.name === 'audit' ? (
          <AuditScreen />
        ) : deciding ? (
          <ProcessingQueueScreen />
        ) : (
          <QueueScreen onNew={frontDesk ? startNew : undefined} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
