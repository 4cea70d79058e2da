// The officer's unfinished intakes (started and not yet through §5.1.f), to switch between when
// interrupted and to reopen after a restart.
import { NavLink, Stack, Text } from '@mantine/core';
import { useIntakeStore } from '../../stores/intake';
import { useNavigationStore } from '../../stores/navigation';
import { useT } from '../../i18n/useT';

export function OpenIntakesNav() {
  const t = useT();
  const open = useIntakeStore((s) => s.open);
  const entries = useIntakeStore((s) => s.entries);
  const screen = useNavigationStore((s) => s.screen);
  const openIntake = useNavigationStore((s) => s.openIntake);
  return (
    <Stack gap={2} component="section" aria-labelledby="open-intakes-title" data-testid="open-intakes">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="xs" pt="sm" id="open-intakes-title">
        {t('intakeUi.nav.open')}
      </Text>
      {open.length === 0 ? (
        <Text size="xs" c="dimmed" px="xs">
          {t('intakeUi.nav.none')}
        </Text>
      ) : (
        open.map((item) => {
          // The case's own view is fresher than the list when it is open in this window.
          const view = entries[item.caseId]?.view;
          const step = view ? view.steps.find((s) => s.id === view.currentStep) : undefined;
          const ref = step?.ref ?? (item.currentStep ? `§${item.currentStep}` : '');
          return (
            <NavLink
              key={item.caseId}
              label={item.taxpayerName || item.taxpayerId}
              description={`${item.taxpayerId} · ${t('intakeUi.nav.step', { ref })}`}
              active={screen.name === 'intake' && screen.caseId === item.caseId}
              onClick={() => openIntake(item.caseId)}
              data-testid="open-intake"
            />
          );
        })
      )}
    </Stack>
  );
}
