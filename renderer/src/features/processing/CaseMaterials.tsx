// What the case is made of, as the decision-maker reads it: the application as typed at the desk,
// the intake record (who accepted it, when, the number and the deadline), the comparison with the
// registry, the case's documents (each opens in the preview to print) and its timeline with what
// each event says (the step, the number, the decision, the head's comment). An electronic
// application's signature verification comes first: it decides whether a certificate is possible.
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { DocumentView } from '../../../../shared/api';
import type { CaseDetail, CaseTimelineEntry } from '../../../../shared/api/processing';
import type { Channel } from '../../../../shared/domain/types';
import { isMessageKey, type MessageKey, type MessageParams } from '../../../../shared/i18n';
import { formatDate } from '../../../../shared/i18n/dates';
import { formatDateTime } from '../../i18n/dateTime';
import { useT } from '../../i18n/useT';
import { PrintDialog, kindTitles } from '../documents/PrintDialog';
import { RegistryComparisonTable } from '../registry/RegistryComparisonTable';
import { ElectronicApplication, isElectronic } from './ElectronicApplication';
import { Facts, Section } from './Section';

function ApplicationSection({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const { form } = detail;
  const person = [form.person?.surname, form.person?.givenName, form.person?.patronymic].filter(Boolean).join(' ');
  const doc = form.identityDocument;
  const poa = form.powerOfAttorney;
  const rows: [string, string | undefined][] = [
    [t('intakeUi.application.taxpayerName'), form.application?.taxpayerName],
    [t('intakeUi.application.address'), form.application?.address],
    [t('intakeUi.application.foreignState'), form.application?.foreignState],
    [t('intakeUi.application.period'), form.application?.period],
    [t('intakeUi.presentedBy'), form.presentedBy ? t(`intakeUi.presentedBy.${form.presentedBy}`) : undefined],
    [t('caseUi.person'), person],
    [
      t('intakeUi.document'),
      doc
        ? [doc.type ? t(`intakeUi.document.type.${doc.type}`) : '', doc.number ? `№ ${doc.number}` : '', doc.issuer ?? '', doc.issuedOn ? formatDate(doc.issuedOn) : '']
            .filter(Boolean)
            .join(', ') + (doc.expiresOn ? ` — ${t('caseUi.validUntil', { date: formatDate(doc.expiresOn) })}` : '')
        : undefined,
    ],
  ];
  if (poa && Object.keys(poa).length) {
    rows.push([
      t('intakeUi.poa'),
      [poa.number ? `№ ${poa.number}` : '', poa.issuedOn ? formatDate(poa.issuedOn) : '', poa.issuedBy ?? '', poa.validUntil ? t('caseUi.validUntil', { date: formatDate(poa.validUntil) }) : '']
        .filter(Boolean)
        .join(', '),
    ]);
    if (poa.powers) rows.push([t('intakeUi.poa.powers'), poa.powers]);
  }
  return (
    <Section title={t('caseUi.section.application')} testId="case-application">
      <Facts rows={rows} />
    </Section>
  );
}

function IntakeSection({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const registration = detail.snapshot.registration;
  const registered = detail.timeline.find((e) => e.type === 'case.registered' || e.type === 'case.electronicReceived');
  const started = detail.timeline.find((e) => e.type === 'case.intakeStarted');
  return (
    <Section title={t('caseUi.section.intake')} testId="case-intake">
      <Facts
        rows={[
          [t('queue.column.number'), registration ? <Text span ff="monospace" fw={700} data-testid="case-number">{registration.number}</Text> : null],
          [t('caseUi.intake.registeredOn'), registration ? formatDate(registration.registeredOn) : null],
          [t('caseUi.intake.deadline'), registration ? formatDate(registration.deadline) : null],
          [t('caseUi.intake.channel'), t(`channel.${detail.channel as Channel}`)],
          [t('caseUi.intake.startedAt'), started ? formatDateTime(started.at) : null],
          [t('caseUi.intake.acceptedBy'), registered ? `${registered.officerName ?? t('caseUi.system')}, ${formatDateTime(registered.at)}` : null],
          [t('caseUi.intake.regulation'), detail.regulationVersion],
          [t('caseUi.intake.formsIn'), t(`language.${detail.applicantLocale}`)],
        ]}
      />
    </Section>
  );
}

function RegistrySection({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const check = detail.snapshot.registryCheck;
  return (
    <Section
      title={t('caseUi.section.registry')}
      testId="case-registry"
      aside={
        check && (
          <Text span size="xs" fw={700} tt="none" c={check === 'match' ? 'green.8' : 'red.8'}>
            {t(`intakeUi.registry.recorded.${check}`)}
          </Text>
        )
      }
    >
      {!detail.registry.found && (
        <Text size="sm" c="orange.8">
          {t('intakeUi.registry.notFound')}
        </Text>
      )}
      <RegistryComparisonTable rows={detail.registry.rows} compact />
    </Section>
  );
}

function DocumentsSection({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const [open, setOpen] = useState<DocumentView | null>(null);
  return (
    <Section title={t('caseUi.section.documents')} testId="case-documents">
      {detail.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('caseUi.documents.none')}
        </Text>
      ) : (
        <Table verticalSpacing={3} fz="sm">
          <Table.Tbody>
            {detail.documents.map((d) => (
              <Table.Tr key={d.id} data-testid="case-document" data-kind={d.kind} c={d.supersededBy ? 'dimmed' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={d.supersededBy ? 400 : 600} span>
                    {t(kindTitles[d.kind])}
                  </Text>{' '}
                  {d.supersededBy && (
                    <Badge size="xs" variant="outline" color="gray" tt="none">
                      {t('caseUi.documents.replaced')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(d.createdAt)}
                    <br />
                    {d.createdByName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-xs" variant="default" onClick={() => setOpen(d)} data-testid="open-document">
                    {t('caseUi.documents.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PrintDialog documentId={open?.id ?? null} kind={open?.kind ?? 'coupon'} onClose={() => setOpen(null)} />
    </Section>
  );
}

/** Events whose detail is a number to read exactly, or the officer's own words. */
const numbered = new Set(['case.intakeStepCompleted', 'case.registered', 'case.electronicReceived', 'case.issued']);
const worded = new Set(['case.returnedForRework', 'case.acceptanceDeclined', 'case.withdrawn']);

/** What an event says, in the officer's language where it is a code (the decision, the registry's verdict). */
export function timelineDetail(entry: CaseTimelineEntry, t: (key: MessageKey, params?: MessageParams) => string): string | null {
  const { type, detail } = entry;
  if (!detail) return null;
  const coded = type === 'case.draftSaved' ? `decisionUi.kind.${detail}` : type === 'case.registryChecked' ? `intakeUi.registry.verdict.${detail}` : null;
  return coded && isMessageKey(coded) ? t(coded) : detail;
}

function TimelineSection({ detail }: { detail: CaseDetail }) {
  const t = useT();
  return (
    <Section title={t('caseUi.section.timeline')} testId="case-timeline">
      <Table verticalSpacing={2} fz="sm" withRowBorders={false}>
        <Table.Tbody>
          {detail.timeline.map((e, i) => {
            const key = `caseUi.event.${e.type}`;
            const said = timelineDetail(e, t);
            return (
              <Table.Tr key={`${e.at}-${i}`} data-testid="timeline-entry" data-type={e.type}>
                <Table.Td w={150}>
                  <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(e.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {isMessageKey(key) ? t(key) : e.type}
                  {said && (
                    <Text
                      size="xs"
                      c={e.type === 'case.returnedForRework' ? 'orange.9' : 'dimmed'}
                      ff={numbered.has(e.type) ? 'monospace' : undefined}
                      style={worded.has(e.type) ? { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } : undefined}
                      data-testid="timeline-detail"
                    >
                      {said}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {e.officerName ?? t('caseUi.system')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

export function CaseMaterials({ detail }: { detail: CaseDetail }) {
  return (
    <Stack gap="sm" data-testid="case-materials">
      {isElectronic(detail) && <ElectronicApplication detail={detail} />}
      <IntakeSection detail={detail} />
      <ApplicationSection detail={detail} />
      <RegistrySection detail={detail} />
      <DocumentsSection detail={detail} />
      <TimelineSection detail={detail} />
    </Stack>
  );
}
