// Starting an application at the desk: who applies (the kind of taxpayer and the IIN/BIN,
// checked as it is typed, with the reason when it is wrong), the language of the printed forms,
// and who came. The core checks the number again; its complaints show next to the field.
import { Button, Group, Paper, Radio, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ApiError, FieldIssue } from '../../../../shared/api';
import { applicantTypes, type ApplicantType } from '../../../../shared/domain/types';
import { formatDate } from '../../../../shared/i18n/dates';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useLocalized, useT } from '../../i18n/useT';
import { useIntakeStore } from '../../stores/intake';
import { useNavigationStore } from '../../stores/navigation';
import { checkTaxpayerId, taxpayerIdKind } from './taxpayerId';

const entityTypes: readonly ApplicantType[] = ['legalEntity', 'foreignEntityEffectiveManagement'];

function issuesOf(error: ApiError | null): FieldIssue[] {
  const issues = (error?.details as { issues?: FieldIssue[] } | undefined)?.issues;
  return Array.isArray(issues) ? issues : [];
}

export function IntakeStartScreen() {
  const t = useT();
  const pick = useLocalized();
  const start = useIntakeStore((s) => s.start);
  const { openIntake, showQueue } = useNavigationStore();
  const [applicantType, setApplicantType] = useState<ApplicantType>('individual');
  const [taxpayerId, setTaxpayerId] = useState('');
  const [touched, setTouched] = useState(false);
  const [applicantLocale, setApplicantLocale] = useState<'kk' | 'ru'>('kk');
  const [presentedBy, setPresentedBy] = useState<'applicant' | 'representative'>('applicant');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const entity = entityTypes.includes(applicantType);
  const kind = taxpayerIdKind(applicantType);
  const typed = taxpayerId.trim();
  const check = typed ? checkTaxpayerId(typed, applicantType) : null;
  // While the digits are still coming, only say how many; the reasons once it is 12 long,
  // something other than a digit is typed, or the officer leaves the field.
  const complete = typed.length >= 12 || /\D/.test(typed) || touched;
  const coreIssues = issuesOf(error).filter((issue) => issue.path[0] === 'taxpayerId');
  const otherError = error && coreIssues.length === 0 ? error : null;

  let fieldError: string[] = [];
  if (check && !check.ok && complete) fieldError = check.reasons.map((r) => pick(r.message));
  else if (coreIssues.length) fieldError = coreIssues.map((issue) => pick(issue.message));

  let description: string | undefined;
  if (check?.ok && check.kind === 'iin') description = t('intakeUi.taxpayerId.validIin', { date: formatDate(check.birthDate) });
  else if (check?.ok && check.kind === 'bin')
    description = t('intakeUi.taxpayerId.validBin', { period: `${String(check.registrationMonth).padStart(2, '0')}.${check.registrationYear}` });
  else if (typed && !complete) description = t('intakeUi.taxpayerId.progress', { n: typed.replace(/\D/g, '').length });

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setTouched(true);
    if (!check?.ok) {
      document.getElementById('intake-start-taxpayerId')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await start({ applicantType, taxpayerId: check.value, applicantLocale, presentedBy: entity ? 'representative' : presentedBy });
    setBusy(false);
    if (result.ok) openIntake(result.value.caseId);
    else setError(result.error);
  }

  // Enter starts from any field of the form, radios and switches included.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName !== 'INPUT' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  }

  return (
    <Paper withBorder p="lg" maw={860} data-testid="intake-start">
      <form onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-labelledby="intake-start-title" noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} id="intake-start-title">
              {t('intakeUi.start.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('intakeUi.start.hint')}
            </Text>
          </div>
          <Radio.Group
            label={t('intakeUi.applicantType')}
            value={applicantType}
            onChange={(value) => {
              setApplicantType(value as ApplicantType);
              setError(null);
            }}
          >
            <SimpleGrid cols={2} spacing="xs" mt={6}>
              {applicantTypes.map((type) => (
                <Radio key={type} value={type} label={t(`intakeUi.applicantType.${type}`)} autoFocus={type === applicantType} />
              ))}
            </SimpleGrid>
          </Radio.Group>
          <TextInput
            id="intake-start-taxpayerId"
            label={kind === 'iin' ? t('intakeUi.taxpayerId.labelIin') : t('intakeUi.taxpayerId.labelBin')}
            value={taxpayerId}
            onChange={(e) => {
              setTaxpayerId(e.currentTarget.value);
              setError(null);
            }}
            onBlur={() => typed && setTouched(true)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            w={340}
            size="md"
            withAsterisk
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={description}
            error={
              fieldError.length ? (
                <Stack gap={2} component="span" data-testid="taxpayer-id-reasons">
                  {fieldError.map((message) => (
                    <span key={message}>{message}</span>
                  ))}
                </Stack>
              ) : undefined
            }
            styles={{
              input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' },
              ...(check?.ok ? { description: { color: 'var(--mantine-color-green-8)' } } : {}),
            }}
          />
          <Group gap="xl" align="flex-start">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="intake-start-locale">
                {t('intakeUi.applicantLocale')}
              </Text>
              <SegmentedControl
                aria-labelledby="intake-start-locale"
                value={applicantLocale}
                onChange={(v) => setApplicantLocale(v === 'ru' ? 'ru' : 'kk')}
                data={[
                  { value: 'kk', label: t('language.kk') },
                  { value: 'ru', label: t('language.ru') },
                ]}
              />
              <Text size="xs" c="dimmed">
                {t('intakeUi.applicantLocale.hint')}
              </Text>
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="intake-start-presented">
                {t('intakeUi.presentedBy')}
              </Text>
              <SegmentedControl
                aria-labelledby="intake-start-presented"
                value={entity ? 'representative' : presentedBy}
                onChange={(v) => setPresentedBy(v === 'representative' ? 'representative' : 'applicant')}
                data={[
                  { value: 'applicant', label: t('intakeUi.presentedBy.applicant'), disabled: entity },
                  { value: 'representative', label: t('intakeUi.presentedBy.representative') },
                ]}
              />
              {entity && (
                <Text size="xs" c="dimmed">
                  {t('intakeUi.presentedBy.entityHint')}
                </Text>
              )}
            </Stack>
          </Group>
          {otherError && <ErrorAlert error={otherError} onClose={() => setError(null)} />}
          <Group gap="sm">
            <Button type="submit" loading={busy} size="md">
              {t('intakeUi.start.submit')}
            </Button>
            <Button variant="default" onClick={showQueue}>
              {t('intakeUi.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
