// Acceptance declined: what was missing and why, and the notice to print for the applicant.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useDocumentsStore } from '../../stores/documents';
import { useIntakeStore, type IntakeEntry } from '../../stores/intake';
import { useNavigationStore } from '../../stores/navigation';
import { PrintDialog } from '../documents/PrintDialog';
import { declineReasons, type DeclineReason } from './DeclineDialog';
import { IntakeHeader } from './IntakeWizard';

export function DeclinedSummary({ caseId, entry }: { caseId: string; entry: IntakeEntry }) {
  const t = useT();
  const showQueue = useNavigationStore((s) => s.showQueue);
  const printDocument = useIntakeStore((s) => s.printDocument);
  const { view, busy } = entry;
  const documentId = view.documents.filter((d) => d.kind === 'declineNotice').at(-1)?.id ?? null;
  const last = useDocumentsStore((s) => (documentId ? s.prints[documentId]?.at(-1) : undefined));
  const [showing, setShowing] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const reason = view.declined?.reasonCode;

  useEffect(() => printButton.current?.focus(), []);

  async function open() {
    const id = await printDocument(caseId, 'declineNotice');
    if (id) setShowing(id);
  }

  return (
    <Stack gap="sm" data-testid="intake-declined">
      <IntakeHeader caseId={caseId} entry={entry} withBack={false} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4} c="red.8">
            {t('intakeUi.declined.title')}
          </Title>
          {reason && (declineReasons as readonly string[]).includes(reason) && (
            <Text size="sm" fw={600} data-testid="decline-reason">
              {t(`intakeUi.decline.reason.${reason as DeclineReason}`)}
            </Text>
          )}
          {view.declined?.note && (
            <Text size="sm">
              <Text span fw={600}>
                {t('intakeUi.declined.note')}:
              </Text>{' '}
              {view.declined.note}
            </Text>
          )}
          <Alert color="gray" p="xs">
            {t('intakeUi.declined.text')}
          </Alert>
          <Group gap="sm">
            <Button ref={printButton} onClick={() => void open()} loading={busy === 'print'} variant={last ? 'default' : 'filled'}>
              {last ? t('intakeUi.printAgain') : t('intakeUi.declined.print')}
            </Button>
            {last && (
              <Text size="sm" c="green.8" fw={600} data-testid="printed">
                {t('intakeUi.printed', { printer: last.printer, copies: last.copies })}
              </Text>
            )}
            <Button ref={backButton} variant={last ? 'filled' : 'default'} onClick={showQueue}>
              {t('intakeUi.backToQueue')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <PrintDialog
        documentId={showing}
        kind="declineNotice"
        onClose={(record) => {
          setShowing(null);
          (record ? backButton : printButton).current?.focus();
        }}
      />
    </Stack>
  );
}
