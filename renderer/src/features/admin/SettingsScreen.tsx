// The administrator's workstation settings: the workstation's number in the office, the "window"
// printed on the coupon (Appendix 1, field 7), the second-copy stamp label size, the office phone
// and the head who signs outgoing documents. Checked as the core checks them while typing; only
// what changed is sent (Enter saves from any field); the core's refusal shows in the officer's
// language, next to the field it is about. Beside the form, the audit log check.
import { Alert, Button, Fieldset, Group, Loader, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, FieldIssue } from '../../../../shared/api';
import type { SettingsView } from '../../../../shared/api/contracts/settings';
import type { Localized } from '../../../../shared/i18n';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useLocalized, useT } from '../../i18n/useT';
import { useSettingsStore } from '../../stores/settings';
import { Facts } from '../processing/Section';
import { AuditCard } from './AuditCard';
import {
  checkSettings,
  fieldOfIssue,
  fieldOrder,
  groupLabels,
  initialValues,
  settingsFieldId,
  type SettingsField,
  type SettingsFormValues,
  type SettingsGroup,
} from './settingsForm';

function issuesOf(error: ApiError | null): FieldIssue[] {
  const issues = (error?.details as { issues?: FieldIssue[] } | undefined)?.issues;
  return Array.isArray(issues) ? issues : [];
}

function SettingsForm({ settings }: { settings: SettingsView }) {
  const t = useT();
  const pick = useLocalized();
  const { save, saving } = useSettingsStore();
  const [values, setValues] = useState<SettingsFormValues>(() => initialValues(settings));
  const [touched, setTouched] = useState<ReadonlySet<SettingsField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<SettingsGroup[] | null>(null);

  const check = checkSettings(values, settings);
  const dirty = check.changed.length > 0;

  // The core's complaints about a field show at the field; anything else in the alert.
  const coreIssues = issuesOf(saveError);
  const coreAt: Partial<Record<SettingsField, Localized>> = {};
  const coreElsewhere: FieldIssue[] = [];
  for (const issue of coreIssues) {
    const field = fieldOfIssue(issue.path);
    if (field) coreAt[field] ??= issue.message;
    else coreElsewhere.push(issue);
  }
  const alertError = saveError && { ...saveError, details: { issues: coreElsewhere } };

  function errorOf(field: SettingsField): string | undefined {
    if (coreAt[field]) return pick(coreAt[field]);
    if (check.ok || !(submitted || touched.has(field))) return undefined;
    const message = check.issues[field];
    return message ? pick(message) : undefined;
  }

  function change<F extends SettingsField>(field: F, value: SettingsFormValues[F]) {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(null);
    setSaveError(null);
  }

  const touch = (field: SettingsField) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));

  const focus = (field: SettingsField | undefined) => field && document.getElementById(settingsFieldId(field))?.focus();

  function revert() {
    setValues(initialValues(settings));
    setTouched(new Set());
    setSubmitted(false);
    setSaveError(null);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving || !dirty) return;
    setSubmitted(true);
    setSaved(null);
    if (!check.ok) {
      focus(fieldOrder.find((f) => check.issues[f]));
      return;
    }
    const result = await save(check.change);
    if (result.ok) {
      setValues(initialValues(result.value));
      setTouched(new Set());
      setSubmitted(false);
      setSaveError(null);
      setSaved(check.changed);
    } else {
      setSaveError(result.error);
      focus(fieldOrder.find((f) => issuesOf(result.error).some((i) => fieldOfIssue(i.path) === f)));
    }
  }

  /** The props every field shares: its id, label, hint, problem, and being marked as visited. */
  const common = (field: SettingsField, label: string, description?: string) => ({
    id: settingsFieldId(field),
    label,
    description,
    error: errorOf(field),
    onBlur: () => touch(field),
    withAsterisk: true,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
  });

  const numberField = (field: 'workstationNo' | 'stampLabel.widthMm' | 'stampLabel.heightMm', label: string, range: [number, number], description?: string): ReactNode => (
    <NumberInput
      {...common(field, label, description)}
      value={values[field]}
      onChange={(v) => change(field, v)}
      min={range[0]}
      max={range[1]}
      clampBehavior="none"
      allowNegative={false}
      allowDecimal={field !== 'workstationNo'}
      decimalScale={1}
      autoComplete="off"
    />
  );

  const textField = (field: Exclude<SettingsField, 'workstationNo' | 'stampLabel.widthMm' | 'stampLabel.heightMm'>, label: string, maxLength: number, description?: string) => (
    <TextInput {...common(field, label, description)} value={values[field]} onChange={(e) => change(field, e.currentTarget.value)} maxLength={maxLength} autoComplete="off" />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="settings-title" data-testid="settings-form" data-dirty={dirty}>
      <Stack gap="sm">
        <Fieldset legend={t('adminUi.settings.workstation')} p="sm">
          <Stack gap="xs">
            <Facts
              rows={[
                [t('adminUi.settings.workstationId'), <Text span ff="monospace" size="sm">{settings.workstationId}</Text>],
                [t('adminUi.settings.keysDir'), settings.keysDir ?? t('adminUi.settings.keysDir.none')],
              ]}
            />
            <SimpleGrid cols={2} spacing="sm">
              {numberField('workstationNo', t('adminUi.settings.workstationNo'), [1, 99], t('adminUi.settings.workstationNo.hint'))}
              {textField('windowNumber', t('adminUi.settings.windowNumber'), 20, t('adminUi.settings.windowNumber.hint'))}
            </SimpleGrid>
            <Text size="sm" fw={500} mt={4}>
              {t('adminUi.settings.stampLabel')}
            </Text>
            <SimpleGrid cols={2} spacing="sm">
              {numberField('stampLabel.widthMm', t('adminUi.settings.stampWidth'), [30, 210])}
              {numberField('stampLabel.heightMm', t('adminUi.settings.stampHeight'), [20, 297])}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('adminUi.settings.office')} p="sm">
          <Stack gap="xs">
            {textField('officePhone', t('adminUi.settings.officePhone'), 50, t('adminUi.settings.officePhone.hint'))}
            {textField('officeHead.fullName', t('adminUi.settings.headName'), 200, t('adminUi.settings.headName.hint'))}
            {textField('officeHead.position.kk', t('adminUi.settings.headPosition.kk'), 200)}
            {textField('officeHead.position.ru', t('adminUi.settings.headPosition.ru'), 200)}
            {textField('officeHead.position.en', t('adminUi.settings.headPosition.en'), 200)}
          </Stack>
        </Fieldset>
        {submitted && !check.ok && (
          <Text size="sm" c="red.8" role="alert" data-testid="settings-invalid">
            {t('adminUi.settings.invalid')}
          </Text>
        )}
        {alertError && <ErrorAlert error={alertError} onClose={() => setSaveError(null)} />}
        {saved && (
          <Alert color="green" role="status" p="xs" data-testid="settings-saved" withCloseButton onClose={() => setSaved(null)}>
            {t('adminUi.settings.saved', { fields: saved.map((g) => t(groupLabels[g])).join(', ') })}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={saving} disabled={!dirty} data-testid="settings-save">
            {t('adminUi.settings.save')}
          </Button>
          <Button variant="default" onClick={revert} disabled={!dirty || saving} data-testid="settings-revert">
            {t('adminUi.settings.revert')}
          </Button>
          {!dirty && !saved && (
            <Text size="sm" c="dimmed" data-testid="settings-unchanged">
              {t('adminUi.settings.unchanged')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsScreen() {
  const t = useT();
  const { settings, revision, error, loading, load } = useSettingsStore();

  // The settings as read when the screen opened (not a copy left from an earlier visit).
  const [seenRevision] = useState(revision);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="sm" data-testid="settings-screen">
      <div>
        <Title order={3} id="settings-title">
          {t('adminUi.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('adminUi.settings.hint')}
        </Text>
      </div>
      <Group align="flex-start" gap="md">
        <Paper withBorder p="md" style={{ flex: '1 1 560px', maxWidth: 800 }}>
          {error ? (
            <Stack gap="sm">
              <ErrorAlert error={error} />
              <div>
                <Button variant="default" onClick={() => void load()} loading={loading}>
                  {t('adminUi.settings.retry')}
                </Button>
              </div>
            </Stack>
          ) : settings && revision > seenRevision ? (
            <SettingsForm key={revision} settings={settings} />
          ) : (
            <Loader size="sm" aria-label={t('app.loading')} />
          )}
        </Paper>
        <div style={{ flex: '0 1 360px' }}>
          <AuditCard />
        </div>
      </Group>
    </Stack>
  );
}
