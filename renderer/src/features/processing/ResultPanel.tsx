// After the head's approval: the EDS signature (who signed, the certificate serial, when), then
// what the case allows next — "ready for issue" for the office channel (the issued copy with the
// EDS block is made), "send back" for the electronic channels, handing over at the window — and
// the record of the issuance once done.
import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { DocumentView as StoredDocument } from '../../../../shared/api';
import type { CaseDetail } from '../../../../shared/api/processing';
import type { Channel } from '../../../../shared/domain/types';
import { formatDate } from '../../../../shared/i18n/dates';
import { unlessDialog } from '../../app/hotkeys';
import { formatDateTime } from '../../i18n/dateTime';
import { useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';
import { useNavigationStore } from '../../stores/navigation';
import { DocumentView } from '../documents/DocumentView';
import { kindTitles } from '../documents/PrintDialog';
import { Facts, Section } from './Section';

/** The outgoing document as it is handed over: the current certificate or refusal. */
export function outgoingDocument(detail: CaseDetail): StoredDocument | undefined {
  return detail.documents.filter((d) => (d.kind === 'residencyCertificate' || d.kind === 'refusal') && d.supersededBy === null).at(-1);
}

export function SignatureCard({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const signature = detail.signatures.at(-1);
  if (!signature) return null;
  return (
    <Section title={t('approvalUi.signature')} testId="signature">
      <Facts
        rows={[
          [t('approvalUi.signature.signer'), <Text span fw={600} size="sm" data-testid="signature-signer">{signature.signerName}</Text>],
          [t('approvalUi.signature.iin'), <Text span ff="monospace" size="sm">{signature.signerIin}</Text>],
          [t('approvalUi.signature.serial'), <Text span ff="monospace" size="sm" data-testid="signature-serial">{signature.certificateSerial}</Text>],
          [t('approvalUi.signature.time'), <Text span size="sm" data-testid="signature-time">{formatDateTime(signature.signedAt)}</Text>],
          [t('approvalUi.signature.via'), t(`approvalUi.signature.kind.${signature.signerKind}`)],
        ]}
      />
    </Section>
  );
}

export function ResultPanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const markReady = useCasesStore((s) => s.markReady);
  const sendBack = useCasesStore((s) => s.sendBack);
  const busy = useCasesStore((s) => s.busy[detail.id]);
  const openIssue = useNavigationStore((s) => s.openIssue);
  const state = detail.snapshot.state;
  const canMarkReady = detail.allowed.includes('markReadyForIssue');
  const canSendBack = detail.allowed.includes('sendBack');
  const canIssue = detail.allowed.includes('issue');
  const issuance = detail.snapshot.issuance;
  const outgoing = outgoingDocument(detail);

  const primary = canMarkReady ? () => void markReady(detail.id) : canSendBack ? () => void sendBack(detail.id) : canIssue ? () => openIssue(detail.id) : null;
  useHotkeys(primary && !busy ? [['mod+Enter', unlessDialog(primary)]] : [], []);

  return (
    <Stack gap="sm" data-testid="result-panel">
      <SignatureCard detail={detail} />
      {(canMarkReady || canSendBack || canIssue) && (
        <Section title={t('approvalUi.next')}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {canMarkReady ? t('approvalUi.markReady.hint') : canSendBack ? t('approvalUi.sendBack.hint', { channel: t(`channel.${detail.channel as Channel}`) }) : t('issueUi.ready.hint')}
            </Text>
            {canMarkReady && (
              <Button data-autofocus onClick={() => void markReady(detail.id)} loading={busy === 'markReady'} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>} data-testid="mark-ready">
                {t('approvalUi.markReady')}
              </Button>
            )}
            {canSendBack && (
              <Button data-autofocus={!canMarkReady || undefined} onClick={() => void sendBack(detail.id)} loading={busy === 'sendBack'} data-testid="send-back">
                {t('approvalUi.sendBack')}
              </Button>
            )}
            {canIssue && (
              <Button data-autofocus onClick={() => openIssue(detail.id)} data-testid="go-issue">
                {t('issueUi.goToIssue')}
              </Button>
            )}
          </Group>
        </Section>
      )}
      {issuance && (
        <Section title={t('issueUi.issued')} testId="issuance-record">
          <Facts
            rows={[
              [t('issueUi.journalNumber'), <Text span ff="monospace" fw={700} size="sm" data-testid="journal-number">{issuance.journalNumber}</Text>],
              [t('issueUi.issuedOn'), formatDate(issuance.issuedOn)],
              [t('issueUi.fullName'), issuance.recipient.fullName],
              [
                t('issueUi.presented'),
                [issuance.recipient.documentName, `№ ${issuance.recipient.documentNumber}`, issuance.recipient.documentSeries ? t('issueUi.series', { series: issuance.recipient.documentSeries }) : '']
                  .filter(Boolean)
                  .join(', '),
              ],
            ]}
          />
        </Section>
      )}
      {state === 'sentBack' && (
        <Text size="sm" c="dimmed" data-testid="sent-back-note">
          {t('approvalUi.sentBack.note')}
        </Text>
      )}
      {outgoing && (
        <Section title={t(kindTitles[outgoing.kind])} testId="outgoing-document">
          <DocumentView key={outgoing.id} documentId={outgoing.id} title={t(kindTitles[outgoing.kind])} height={640} />
        </Section>
      )}
    </Stack>
  );
}
