// §5.2, the decision: a residency certificate (the foreign state from the treaty list, the period
// as a calendar year or a date range, the address) or a reasoned refusal (grounds of the case's
// regulation version with their references, and the reasoning). "Save draft" renders the
// document, shown below as the head will see it; "Submit for approval" sends what was saved.
// Keyboard: Enter in a field or Ctrl+Enter anywhere saves; once saved, Ctrl+Enter submits.
import { Button, Checkbox, Group, Kbd, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../../shared/api/processing';
import { reasonMessages } from '../../../../shared/domain/cases';
import { foreignStates } from '../../../../shared/domain/countries';
import { unlessDialog } from '../../app/hotkeys';
import { formatDateTime } from '../../i18n/dateTime';
import { useLocalized, useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';
import { DocumentView } from '../documents/DocumentView';
import { kindTitles } from '../documents/PrintDialog';
import { DateInput } from './DateInput';
import {
  draftInput,
  fieldOrder,
  initialValues,
  matchesSaved,
  validateDecision,
  type DecisionErrors,
  type DecisionField,
  type DecisionFormValues,
} from './decisionForm';
import { Section } from './Section';

/** DOM ids of the decision fields (the first with a problem gets focus). */
export const decisionFieldId = (field: DecisionField | 'decision'): string => `decision-${field}`;

export function DecisionPanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const pick = useLocalized();
  const saveDraft = useCasesStore((s) => s.saveDraft);
  const submit = useCasesStore((s) => s.submit);
  const busy = useCasesStore((s) => s.busy[detail.id]);
  const [values, setValues] = useState<DecisionFormValues>(() => initialValues(detail));
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [tried, setTried] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  const onlyRefusal = detail.snapshot.signatureCheck === 'invalid';
  const groundCodes = useMemo(() => detail.refusalGrounds.map((g) => g.code), [detail.refusalGrounds]);
  const returned = detail.snapshot.state === 'returnedForRework';
  // A returned draft is saved again (as a new version) before it can go back to the head.
  const saved = !returned && matchesSaved(detail, values);
  const canSubmit = detail.allowed.includes('submitForApproval') && saved;
  const draftDocument = detail.decision ? detail.documents.find((d) => d.id === detail.decision!.documentId) : undefined;

  const states = useMemo(
    () =>
      foreignStates
        .map((s) => ({ value: s.code, label: `${pick(s.name)} (${s.code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'ru')),
    [pick],
  );

  // An electronic application with an invalid EDS can only be refused.
  useEffect(() => {
    if (onlyRefusal && values.decision !== 'refusal') setValues((v) => ({ ...v, decision: 'refusal' }));
  }, [onlyRefusal, values.decision]);

  function change(patch: Partial<DecisionFormValues>) {
    const next = { ...values, ...patch };
    setValues(next);
    if (tried) setErrors(validateDecision(next, groundCodes));
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setTried(true);
    const found = validateDecision(values, groundCodes);
    setErrors(found);
    const first = fieldOrder.find((f) => found[f]);
    if (first) {
      document.getElementById(decisionFieldId(first))?.focus();
      return;
    }
    if (await saveDraft(draftInput(detail.id, values))) setJustSaved(true);
  }

  // Saved: the next thing to do is to submit it (once the new state has arrived).
  useEffect(() => {
    if (justSaved && canSubmit) {
      submitRef.current?.focus();
      setJustSaved(false);
    }
  }, [justSaved, canSubmit]);

  async function send() {
    if (busy || !canSubmit) return;
    await submit(detail.id);
  }

  const primary = () => void (saved && canSubmit ? send() : save());
  useHotkeys([['mod+Enter', unlessDialog(primary)]], []);

  const error = (field: DecisionField) => (errors[field] ? t(errors[field]) : undefined);
  const asTyped = detail.form.application;

  return (
    <Stack gap="sm" data-testid="decision-panel">
      <Section title={t('decisionUi.title')}>
        <form onSubmit={(e) => void save(e)} noValidate data-testid="decision-form">
          <Stack gap="sm">
            <Radio.Group
              label={t('decisionUi.kind')}
              value={values.decision}
              onChange={(v) => change({ decision: v === 'refusal' ? 'refusal' : 'certificate' })}
            >
              <Group gap="lg" mt={4}>
                <Radio
                  value="certificate"
                  label={t('decisionUi.kind.certificate')}
                  disabled={onlyRefusal}
                  id={decisionFieldId('decision')}
                  data-testid="decision-certificate"
                />
                <Radio value="refusal" label={t('decisionUi.kind.refusal')} data-testid="decision-refusal" />
              </Group>
            </Radio.Group>
            {onlyRefusal && (
              <Text size="sm" c="red.8">
                {pick(reasonMessages.invalidSignature)}
              </Text>
            )}

            {values.decision === 'certificate' ? (
              <>
                <Select
                  id={decisionFieldId('foreignState')}
                  label={t('decisionUi.foreignState')}
                  placeholder={t('decisionUi.foreignState.placeholder')}
                  data={states}
                  value={values.foreignState || null}
                  onChange={(v) => change({ foreignState: v ?? '' })}
                  searchable
                  selectFirstOptionOnChange
                  nothingFoundMessage={t('decisionUi.foreignState.none')}
                  description={asTyped?.foreignState ? t('decisionUi.asTyped', { value: asTyped.foreignState }) : undefined}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  error={error('foreignState')}
                  withAsterisk
                  maxDropdownHeight={280}
                  openOnFocus={false}
                  autoSelectOnBlur
                  data-autofocus
                  data-testid="decision-foreign-state"
                />
                <Radio.Group
                  label={t('decisionUi.period')}
                  value={values.periodKind}
                  onChange={(v) => change({ periodKind: v === 'range' ? 'range' : 'year' })}
                  description={asTyped?.period ? t('decisionUi.asTyped', { value: asTyped.period }) : undefined}
                  inputWrapperOrder={['label', 'description', 'input', 'error']}
                >
                  <Group gap="lg" mt={4}>
                    <Radio value="year" label={t('decisionUi.period.year')} data-testid="period-year" />
                    <Radio value="range" label={t('decisionUi.period.range')} data-testid="period-range" />
                  </Group>
                </Radio.Group>
                {values.periodKind === 'year' ? (
                  <TextInput
                    id={decisionFieldId('year')}
                    label={t('decisionUi.year')}
                    value={values.year}
                    onChange={(e) => change({ year: e.currentTarget.value.replace(/\D/g, '').slice(0, 4) })}
                    error={error('year')}
                    inputMode="numeric"
                    autoComplete="off"
                    withAsterisk
                    w={140}
                  />
                ) : (
                  <Group gap="sm" align="flex-start">
                    <DateInput id={decisionFieldId('from')} label={t('decisionUi.from')} value={values.from} onChange={(from) => change({ from })} error={error('from')} withAsterisk w={170} />
                    <DateInput id={decisionFieldId('to')} label={t('decisionUi.to')} value={values.to} onChange={(to) => change({ to })} error={error('to')} withAsterisk w={170} />
                  </Group>
                )}
              </>
            ) : (
              <>
                <Checkbox.Group
                  label={t('decisionUi.grounds')}
                  value={values.grounds}
                  // Kept in the regulation's order, whatever order they were ticked in.
                  onChange={(picked) => change({ grounds: groundCodes.filter((c) => picked.includes(c)) })}
                  error={error('grounds')}
                  withAsterisk
                  data-testid="decision-grounds"
                >
                  <Stack gap={6} mt={6}>
                    {detail.refusalGrounds.map((g, i) => (
                      <Checkbox
                        key={g.code}
                        value={g.code}
                        id={i === 0 ? decisionFieldId('grounds') : undefined}
                        data-autofocus={i === 0 || undefined}
                        label={
                          <Text size="sm" span>
                            <Text span fw={700} size="sm">
                              {g.ref}
                            </Text>{' '}
                            {pick(g.text)}
                          </Text>
                        }
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
                <Textarea
                  id={decisionFieldId('reasoning')}
                  label={t('decisionUi.reasoning')}
                  description={t('decisionUi.reasoning.hint')}
                  value={values.reasoning}
                  onChange={(e) => change({ reasoning: e.currentTarget.value })}
                  error={error('reasoning')}
                  maxLength={5000}
                  autosize
                  minRows={3}
                  maxRows={10}
                  withAsterisk
                />
              </>
            )}
            <TextInput
              id={decisionFieldId('address')}
              label={t('decisionUi.address')}
              value={values.address}
              onChange={(e) => change({ address: e.currentTarget.value })}
              error={error('address')}
              maxLength={300}
              autoComplete="off"
              withAsterisk
            />

            <Group justify="space-between" align="center" wrap="nowrap" pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
              <Text size="sm" c={saved ? 'green.8' : detail.decision ? 'orange.8' : 'dimmed'} data-testid="draft-status">
                {saved && draftDocument
                  ? t('decisionUi.saved', { time: formatDateTime(draftDocument.createdAt) })
                  : returned
                    ? t('decisionUi.returned')
                    : detail.decision
                      ? t('decisionUi.saveFirst')
                      : t('decisionUi.noDraft')}
              </Text>
              <Group gap="sm" wrap="nowrap">
                <Button
                  type="submit"
                  variant={saved ? 'default' : 'filled'}
                  loading={busy === 'saveDraft'}
                  rightSection={saved ? undefined : <Kbd size="xs">Ctrl+Enter</Kbd>}
                  data-testid="save-draft"
                >
                  {t('decisionUi.save')}
                </Button>
                {detail.allowed.includes('submitForApproval') ? (
                  <Button
                    ref={submitRef}
                    onClick={() => void send()}
                    disabled={!canSubmit}
                    loading={busy === 'submit'}
                    rightSection={canSubmit ? <Kbd size="xs">Ctrl+Enter</Kbd> : undefined}
                    data-testid="submit-draft"
                  >
                    {t('decisionUi.submit')}
                  </Button>
                ) : null}
              </Group>
            </Group>
          </Stack>
        </form>
      </Section>
      <Section title={t('decisionUi.preview')} testId="draft-preview">
        {detail.decision ? (
          <DocumentView
            key={detail.decision.documentId}
            documentId={detail.decision.documentId}
            title={t(kindTitles[detail.decision.decision === 'certificate' ? 'residencyCertificate' : 'refusal'])}
            height={600}
          />
        ) : (
          <Text size="sm" c="dimmed" py="sm">
            {t('decisionUi.noDraft.hint')}
          </Text>
        )}
      </Section>
    </Stack>
  );
}
