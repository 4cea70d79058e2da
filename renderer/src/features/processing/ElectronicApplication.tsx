// An application that came electronically (State Corporation, egov.kz, the taxpayer's cabinet):
// the verification of its EDS made when sync received it — valid or not, in red when not (an
// invalid signature allows only a reasoned refusal), each reason and warning in the officer's
// language with the verifier's technical detail, when it was checked, the revocation check with the
// synced CRL it used and how old that was — and what the applicant signed: the application form's
// fields, and the request document by its size and SHA-256. The bytes stay in the core.
import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { CaseDetail } from '../../../../shared/api/processing';
import type { CaseAttachmentView, ElectronicRequestView, RevocationView, SignatureReportView } from '../../../../shared/api/contracts/sync';
import { foreignState } from '../../../../shared/domain/countries';
import { reasonMessages } from '../../../../shared/domain/cases';
import { electronicChannels, type Channel } from '../../../../shared/domain/types';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatDateTime } from '../../i18n/dateTime';
import { useLocalized, useT } from '../../i18n/useT';
import { useAttachmentsStore } from '../../stores/attachments';
import { Facts, Section } from './Section';

export const isElectronic = (detail: CaseDetail): boolean => electronicChannels.includes(detail.channel as Channel);

type Issue = SignatureReportView['failures'][number];

/** 12345 → "12 345" (a no-break space between groups, as both languages write it, whatever the ICU data at hand). */
export const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

function Issues({ issues, color, testId }: { issues: Issue[]; color: string; testId: string }) {
  const pick = useLocalized();
  return (
    <List size="sm" spacing={4} withPadding={false} listStyleType="none">
      {issues.map((issue, i) => (
        <List.Item key={`${issue.code}-${i}`} data-testid={testId} data-code={issue.code}>
          <Text size="sm" c={color} fw={500}>
            {pick(issue.message)}
          </Text>
          {issue.detail && (
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {issue.detail}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function Verdict({ detail, report }: { detail: CaseDetail; report: SignatureReportView | null }) {
  const t = useT();
  const pick = useLocalized();
  // The report's verdict; without the report, the case's own record of it.
  const check = detail.snapshot.signatureCheck;
  const valid = report ? report.valid : check === null ? null : check === 'valid';
  if (valid === null) return null;
  const color = valid ? 'green' : 'red';
  return (
    <Alert
      color={color}
      variant="light"
      role={valid ? 'status' : 'alert'}
      title={valid ? t('caseUi.esign.valid') : t('caseUi.esign.invalid')}
      styles={{ root: { border: `1px solid var(--mantine-color-${color}-${valid ? 4 : 6})` }, title: { fontSize: 'var(--mantine-font-size-md)' } }}
      data-testid="esign-verdict"
      data-valid={valid}
    >
      <Stack gap={6}>
        {!valid && (
          <Text size="sm" fw={600} c="red.9">
            {pick(reasonMessages.invalidSignature)}
          </Text>
        )}
        {report && report.failures.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={700} c="red.9">
              {t('caseUi.esign.failures')}
            </Text>
            <Issues issues={report.failures} color="red.9" testId="esign-failure" />
          </Stack>
        )}
        <Text size="xs" c="dimmed" data-testid="esign-checked-at">
          {report ? t('caseUi.esign.checkedAt', { time: formatDateTime(report.checkedAt) }) : t('caseUi.esign.noReport')}
        </Text>
      </Stack>
    </Alert>
  );
}

const hourMs = 3_600_000;

/** Revocation of the signer's certificate, and the synced CRL it was checked against with its age. */
function Revocation({ revocation }: { revocation: RevocationView }) {
  const t = useT();
  const { status, crl } = revocation;
  const age =
    crl &&
    (crl.ageMs >= 24 * hourMs
      ? t('caseUi.esign.ageDays', { n: Math.floor(crl.ageMs / (24 * hourMs)) })
      : crl.ageMs >= hourMs
        ? t('caseUi.esign.ageHours', { n: Math.floor(crl.ageMs / hourMs) })
        : t('caseUi.esign.ageUnderHour'));
  const stale = crl?.stale && crl.nextUpdate ? `; ${t('caseUi.esign.crlStale', { nextUpdate: formatDateTime(crl.nextUpdate) })}` : '';
  return (
    <Text size="sm" data-testid="esign-revocation" data-status={status} data-crl-age-ms={crl?.ageMs}>
      <Text span size="sm" fw={600} c={status === 'revoked' ? 'red.9' : undefined}>
        {t('caseUi.esign.revocation')}: {t(`caseUi.esign.revocation.${status}`)}
      </Text>
      {' — '}
      {crl ? t('caseUi.esign.crl', { thisUpdate: formatDateTime(crl.thisUpdate), fetchedAt: formatDateTime(crl.fetchedAt), age: age! }) + stale : t('caseUi.esign.noCrl')}
    </Text>
  );
}

/** What the applicant signed: the fields of the application form in the request document. */
function RequestForm({ request }: { request: ElectronicRequestView }) {
  const t = useT();
  const pick = useLocalized();
  const state = foreignState(request.country);
  const { applicant } = request;
  return (
    <Stack gap={2} data-testid="esign-form">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {t('caseUi.esign.form')}
      </Text>
      <Facts
        rows={[
          [t('caseUi.esign.form.applicant'), applicant.name],
          [t('caseUi.esign.form.taxpayerId'), <Text span size="sm" ff="monospace">{applicant.taxpayerId}</Text>],
          [t('caseUi.esign.form.address'), applicant.address],
          ...(applicant.signatory ? [[t('caseUi.esign.form.signatory'), `${applicant.signatory.name} (${applicant.signatory.iin})`] as [string, string]] : []),
          [t('caseUi.esign.form.country'), <span data-testid="esign-form-country">{state ? `${pick(state.name)} (${request.country})` : request.country}</span>],
          [t('caseUi.esign.form.year'), String(request.year)],
          [t('caseUi.esign.form.copies'), String(request.copies)],
          [t('caseUi.esign.form.language'), t(`language.${request.language}`)],
          [t('caseUi.esign.form.submittedAt'), formatDateTime(request.submittedAt)],
        ]}
      />
    </Stack>
  );
}

function Attachments({ attachments }: { attachments: CaseAttachmentView[] }) {
  const t = useT();
  const request = attachments.find((a) => a.kind === 'request');
  const cms = attachments.find((a) => a.kind === 'requestCms');
  const size = (a: CaseAttachmentView | undefined) => (a ? t('caseUi.esign.size', { n: a.size, size: groupDigits(a.size) }) : null);
  return (
    <Facts
      testId="esign-attachments"
      rows={[
        [t('caseUi.esign.request'), request ? <Text span size="sm" data-testid="esign-request-size">{size(request)}</Text> : null],
        [
          t('caseUi.esign.hash'),
          request ? (
            <Text span size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="esign-request-sha256">
              {request.sha256}
            </Text>
          ) : null,
        ],
        [t('caseUi.esign.requestCms'), size(cms)],
        [t('caseUi.esign.receivedAt'), request ? formatDateTime(request.createdAt) : null],
      ]}
    />
  );
}

export function ElectronicApplication({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const entry = useAttachmentsStore((s) => s.byCase[detail.id]);
  const load = useAttachmentsStore((s) => s.load);

  useEffect(() => void load(detail.id), [load, detail.id]);

  const value = entry?.value ?? null;
  const report = value?.signatureReport ?? null;
  const nothingYet = value !== null && value.attachments.length === 0 && report === null;
  return (
    <Section
      title={t('caseUi.esign.title')}
      testId="esign"
      aside={
        <Text span size="xs" tt="none" fw={400}>
          {t(`channel.${detail.channel as Channel}`)}
        </Text>
      }
    >
      <Verdict detail={detail} report={report} />
      {report?.revocation && <Revocation revocation={report.revocation} />}
      {report && report.warnings.length > 0 && (
        <Alert color="yellow" variant="light" p="xs" title={t('caseUi.esign.warnings')} data-testid="esign-warnings">
          <Issues issues={report.warnings} color="yellow.9" testId="esign-warning" />
        </Alert>
      )}
      {entry?.loading && !value && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('app.loading')}
          </Text>
        </Group>
      )}
      {entry?.error && (
        <Stack gap={4} align="flex-start">
          <ErrorAlert error={entry.error} />
          <Button size="compact-sm" variant="default" loading={entry.loading} onClick={() => void load(detail.id)} data-testid="esign-retry">
            {t('caseUi.retry')}
          </Button>
        </Stack>
      )}
      {value?.request && <RequestForm request={value.request} />}
      {value && !value.request && value.attachments.some((a) => a.kind === 'request') && (
        <Text size="sm" c="dimmed" data-testid="esign-form-unreadable">
          {t('caseUi.esign.form.unreadable')}
        </Text>
      )}
      {value && value.attachments.length > 0 && <Attachments attachments={value.attachments} />}
      {nothingYet && (
        <Text size="sm" c="dimmed" data-testid="esign-none">
          {t('caseUi.documents.electronic')}
        </Text>
      )}
    </Section>
  );
}
