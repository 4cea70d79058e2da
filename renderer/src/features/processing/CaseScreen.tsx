// One case for processing officers and heads (and anyone who opens it): the case as it came in on
// the left — application, intake record, registry match, documents, timeline — and on the right
// what this officer may do now, drawn only from the commands the core allows: take or assign
// it, draft and submit the decision, review and approve or return it, mark it ready or send it
// back. The deadline and the head's return comment are always in view; refusals of the core are
// shown in the officer's language. Focus starts on the first thing to do.
import { Alert, Button, Center, Grid, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { OfficerView } from '../../../../shared/api';
import type { CaseDetail } from '../../../../shared/api/processing';
import type { MessageKey } from '../../../../shared/i18n';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';
import { useNavigationStore, type ListScreen } from '../../stores/navigation';
import { ApprovalPanel } from '../approval/ApprovalPanel';
import { AssignPanel } from './AssignPanel';
import { CaseHeader } from './CaseHeader';
import { CaseMaterials } from './CaseMaterials';
import { DecisionPanel } from './DecisionPanel';
import { ResultPanel } from './ResultPanel';
import { Section } from './Section';
import { DocumentView } from '../documents/DocumentView';
import { kindTitles } from '../documents/PrintDialog';

export const backLabels: Record<ListScreen, MessageKey> = {
  queue: 'intakeUi.backToQueue',
  approvals: 'caseUi.backToApprovals',
  issuance: 'caseUi.backToIssuance',
};

/** States after the head's signature. */
const signedStates = ['approved', 'readyForIssue', 'issued', 'sentBack'];

/** The head's return comment, in view while the officer reworks the draft. */
export function ReworkNotice({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const { reworkComment, state } = detail.snapshot;
  if (!reworkComment || !['returnedForRework', 'decisionDrafted'].includes(state)) return null;
  const returned = detail.timeline.filter((e) => e.type === 'case.returnedForRework').at(-1);
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      title={t('caseUi.rework.title', { name: returned?.officerName ?? '—' })}
      styles={{ root: { border: '1px solid var(--mantine-color-orange-4)' }, title: { fontSize: 'var(--mantine-font-size-md)' } }}
      data-testid="rework-comment"
    >
      <Text size="md" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
        {reworkComment}
      </Text>
    </Alert>
  );
}

function Actions({ detail, officer }: { detail: CaseDetail; officer: OfficerView }) {
  const t = useT();
  const can = (command: CaseDetail['allowed'][number]) => detail.allowed.includes(command);
  const state = detail.snapshot.state;
  const assign = can('assign') ? <AssignPanel detail={detail} officer={officer} /> : null;

  if (can('saveDraft')) {
    return (
      <Stack gap="sm">
        <DecisionPanel key={detail.id} detail={detail} />
        {assign}
      </Stack>
    );
  }
  if (state === 'awaitingApproval') {
    return (
      <Stack gap="sm">
        {!can('approve') && !can('returnForRework') && (
          <Alert color="indigo" variant="light" role="status" data-testid="waiting-approval">
            {t('caseUi.waitingApproval')}
          </Alert>
        )}
        <ApprovalPanel detail={detail} officer={officer} />
      </Stack>
    );
  }
  if (signedStates.includes(state)) return <ResultPanel detail={detail} />;
  return (
    <Stack gap="sm">
      {assign}
      {!assign && (
        <Alert color="gray" variant="light" role="status" data-testid="no-action">
          {t('caseUi.noAction')}
        </Alert>
      )}
      {detail.decision && (
        <Section title={t('decisionUi.preview')}>
          <DocumentView
            key={detail.decision.documentId}
            documentId={detail.decision.documentId}
            title={t(kindTitles[detail.decision.decision === 'certificate' ? 'residencyCertificate' : 'refusal'])}
            height={600}
          />
        </Section>
      )}
    </Stack>
  );
}

export function CaseScreen({ caseId, from, officer }: { caseId: string; from: ListScreen; officer: OfficerView }) {
  const t = useT();
  const detail = useCasesStore((s) => s.details[caseId]);
  const loadError = useCasesStore((s) => s.loadErrors[caseId]);
  const failure = useCasesStore((s) => s.failures[caseId]);
  const load = useCasesStore((s) => s.load);
  const clearFailure = useCasesStore((s) => s.clearFailure);
  const back = useNavigationStore((s) => s.back);
  const actions = useRef<HTMLDivElement>(null);

  useEffect(() => {
    clearFailure(caseId);
    void load(caseId);
  }, [caseId, load, clearFailure]);

  // A new step of the case: focus on the first thing to do in it.
  const step = detail ? `${detail.snapshot.state}:${detail.allowed.join(',')}` : '';
  useEffect(() => {
    if (!step) return;
    const timer = setTimeout(() => {
      if (actions.current?.contains(document.activeElement)) return;
      actions.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    });
    return () => clearTimeout(timer);
  }, [step]);

  if (!detail) {
    return loadError ? (
      <Stack align="flex-start">
        <ErrorAlert error={loadError} />
        <Button variant="default" onClick={back}>
          {t(backLabels[from])}
        </Button>
      </Stack>
    ) : (
      <Center py="xl">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }

  // Approval refusals are shown in the approval dialog and panel.
  const pageFailure = failure && !['approve', 'return'].includes(failure.action) ? failure : null;

  return (
    <Stack gap="sm" data-testid="case-screen" data-case={caseId} data-state={detail.snapshot.state}>
      <CaseHeader detail={detail} onBack={back} backLabel={backLabels[from]} />
      <ReworkNotice detail={detail} />
      {pageFailure && <ErrorAlert error={pageFailure.error} onClose={() => clearFailure(caseId)} />}
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={5}>
          <CaseMaterials detail={detail} />
        </Grid.Col>
        <Grid.Col span={7} ref={actions} data-testid="case-actions">
          <Actions detail={detail} officer={officer} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
