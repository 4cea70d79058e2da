// One case's intake: loads it (resuming where it was left, with what was typed), then shows the
// wizard while steps remain, the summary once registered and done, or the declined notice.
import { Button, Center, Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from '../../stores/intake';
import { useNavigationStore } from '../../stores/navigation';
import { DeclinedSummary } from './DeclinedSummary';
import { IntakeSummary } from './IntakeSummary';
import { IntakeWizard } from './IntakeWizard';

export function IntakeScreen({ caseId }: { caseId: string }) {
  const t = useT();
  const entry = useIntakeStore((s) => s.entries[caseId]);
  const loadError = useIntakeStore((s) => s.loadErrors[caseId]);
  const load = useIntakeStore((s) => s.load);
  const flush = useIntakeStore((s) => s.flush);
  const showQueue = useNavigationStore((s) => s.showQueue);

  useEffect(() => {
    void load(caseId);
    // Leaving the case (another intake, the queue): whatever is waiting goes now.
    return () => void flush(caseId);
  }, [caseId, load, flush]);

  if (!entry) {
    return loadError ? (
      <Stack align="flex-start">
        <ErrorAlert error={loadError} />
        <Button variant="default" onClick={showQueue}>
          {t('intakeUi.backToQueue')}
        </Button>
      </Stack>
    ) : (
      <Center py="xl">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (entry.view.state === 'declined') return <DeclinedSummary key={caseId} caseId={caseId} entry={entry} />;
  if (entry.view.currentStep === null) return <IntakeSummary key={caseId} caseId={caseId} entry={entry} />;
  return <IntakeWizard key={caseId} caseId={caseId} entry={entry} />;
}
