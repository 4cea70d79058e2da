// The head's review of a draft awaiting approval: the rendered document next to the case, who
// drafted it, and the two ways on that the case allows — approve with the EDS (bound to this
// document) or return for rework with a comment. A head cannot approve their own draft: the
// reason is said instead of the button. Ctrl+Enter opens the approval.
import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { OfficerView } from '../../../../shared/api';
import type { CaseDetail } from '../../../../shared/api/processing';
import { reasonMessages } from '../../../../shared/domain/cases';
import { unlessDialog } from '../../app/hotkeys';
import { useLocalized, useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';
import { DocumentView } from '../documents/DocumentView';
import { kindTitles } from '../documents/PrintDialog';
import { Section } from '../processing/Section';
import { ApproveDialog } from './ApproveDialog';
import { ReturnDialog } from './ReturnDialog';

/** Who saved the draft on screen: the last draft event of the timeline. */
export function draftedBy(detail: CaseDetail): string | null {
  return detail.timeline.filter((e) => e.type === 'case.draftSaved').at(-1)?.officerName ?? null;
}

export function ApprovalPanel({ detail, officer }: { detail: CaseDetail; officer: OfficerView }) {
  const t = useT();
  const pick = useLocalized();
  const failure = useCasesStore((s) => s.failures[detail.id]);
  const clearFailure = useCasesStore((s) => s.clearFailure);
  const [dialog, setDialog] = useState<'approve' | 'return' | null>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const canApprove = detail.allowed.includes('approve');
  const canReturn = detail.allowed.includes('returnForRework');
  const ownDraft = officer.role === 'supervisor' && !canApprove && detail.snapshot.draft?.draftedBy === officer.id;
  const reviewed = detail.decision ? detail.documents.find((d) => d.id === detail.decision!.documentId) : undefined;
  const conflict = failure?.action === 'approve' && failure.error.code === 'conflict';
  const author = draftedBy(detail);

  function open(which: 'approve' | 'return') {
    clearFailure(detail.id);
    setDialog(which);
  }

  useHotkeys(dialog === null && canApprove && reviewed ? [['mod+Enter', unlessDialog(() => open('approve'))]] : [], []);

  return (
    <Stack gap="sm" data-testid="approval-panel">
      {conflict && (
        <Alert color="orange" role="alert" data-testid="approval-conflict">
          {t('approvalUi.conflict')}
        </Alert>
      )}
      {ownDraft && (
        <Alert color="red" variant="light" role="note" data-testid="self-approval">
          <Text size="sm" fw={600}>
            {pick(reasonMessages.selfApproval)}
          </Text>
          <Text size="sm">{t('approvalUi.selfApproval.hint')}</Text>
        </Alert>
      )}
      <Section
        title={t('approvalUi.review')}
        testId="approval-review"
        aside={
          author && (
            <Text span size="xs" tt="none" fw={400}>
              {t('approvalUi.draftedBy', { name: author })}
            </Text>
          )
        }
      >
        {(canApprove || canReturn) && (
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t('approvalUi.review.hint')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              {canReturn && (
                <Button variant="default" color="orange" onClick={() => open('return')} data-testid="return-open">
                  {t('approvalUi.return')}
                </Button>
              )}
              {canApprove && reviewed && (
                <Button ref={approveRef} color="green" onClick={() => open('approve')} data-autofocus rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>} data-testid="approve-open">
                  {t('approvalUi.approve')}
                </Button>
              )}
            </Group>
          </Group>
        )}
        {detail.decision ? (
          <DocumentView key={detail.decision.documentId} documentId={detail.decision.documentId} title={t(kindTitles[reviewed?.kind ?? 'residencyCertificate'])} height={720} />
        ) : null}
      </Section>
      {dialog === 'approve' && reviewed && (
        <ApproveDialog
          caseId={detail.id}
          reviewed={reviewed}
          opened
          onClose={() => {
            setDialog(null);
            approveRef.current?.focus();
          }}
        />
      )}
      {dialog === 'return' && <ReturnDialog caseId={detail.id} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
