// Form fields bound to a case's intake form: each shows the typed value, saves every change
// (debounced; at once on blur), carries the id a problem link focuses, and shows the core's
// complaint about a value that is there but wrong (an expired document) in red.
import { Checkbox, Fieldset, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMask } from '@mantine/hooks';
import { useState, type ChangeEvent } from 'react';
import type { IntakeForm, IntakeStepState } from '../../../../shared/api/intake';
import { isRealDate } from '../../../../shared/domain/dates';
import type { CheckItem } from '../../../../shared/domain/regulation';
import { formatDate } from '../../../../shared/i18n/dates';
import { useLocalized, useT } from '../../i18n/useT';
import { useIntakeStore } from '../../stores/intake';

/** The DOM id of the control for a form path (e.g. 'person.surname', 'checks.nameMatches'). */
export const fieldId = (path: string): string => `intake-field-${path}`;

/** Moves focus to the control of a path (a problem's `field`); false when it is not on screen. */
export function focusField(path: string): boolean {
  const element = document.getElementById(fieldId(path));
  if (!element) return false;
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
  return true;
}

export function valueAt(form: IntakeForm, path: string): unknown {
  let value: unknown = form;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

interface Binding {
  caseId: string;
  draft: IntakeForm;
  step: IntakeStepState;
}

function useBinding({ caseId, draft, step }: Binding, path: string) {
  const edit = useIntakeStore((s) => s.edit);
  const flush = useIntakeStore((s) => s.flush);
  const pick = useLocalized();
  const raw = valueAt(draft, path);
  const value = typeof raw === 'string' ? raw : '';
  const problem = step.problems.find((p) => p.field === path);
  return {
    id: fieldId(path),
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => edit(caseId, path, event.currentTarget.value),
    onBlur: () => void flush(caseId),
    // A missing value is listed under the step; a value that is there but wrong is flagged here.
    error: problem && value ? pick(problem.message) : undefined,
    'data-field': path,
  };
}

type FieldProps = Binding & { path: string; label: string; maxLength: number; autoFocusHere?: boolean; minRows?: number };

export function FormText({ path, label, maxLength, autoFocusHere, ...binding }: FieldProps) {
  const props = useBinding(binding, path);
  return <TextInput {...props} label={label} maxLength={maxLength} autoComplete="off" data-autofocus={autoFocusHere || undefined} />;
}

export function FormTextarea({ path, label, maxLength, autoFocusHere, minRows = 2, ...binding }: FieldProps) {
  const props = useBinding(binding, path);
  return <Textarea {...props} label={label} maxLength={maxLength} autosize minRows={minRows} maxRows={5} data-autofocus={autoFocusHere || undefined} />;
}

/**
 * A date typed as DD.MM.YYYY whatever the workstation's locale (digits only, the dots come by
 * themselves), saved as YYYY-MM-DD once it is a real date; emptied, it is cleared.
 */
export function FormDate({ path, label, caseId, draft, step }: Binding & { path: string; label: string }) {
  const t = useT();
  const pick = useLocalized();
  const edit = useIntakeStore((s) => s.edit);
  const flush = useIntakeStore((s) => s.flush);
  const [invalid, setInvalid] = useState(false);
  const raw = valueAt(draft, path);
  const iso = typeof raw === 'string' ? raw : '';
  const problem = step.problems.find((p) => p.field === path);
  const error = invalid ? t('intakeUi.date.invalid') : problem && iso ? pick(problem.message) : undefined;

  function changed(digits: string) {
    setInvalid(false);
    if (digits.length === 0) return edit(caseId, path, null);
    if (digits.length < 8) return;
    const parts = { day: Number(digits.slice(0, 2)), month: Number(digits.slice(2, 4)), year: Number(digits.slice(4, 8)) };
    if (!isRealDate(parts)) return setInvalid(true);
    edit(caseId, path, `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`);
  }

  // The mask owns the input's value (and its aria-invalid); React only gives the initial one.
  const { ref } = useMask({ mask: '99.99.9999', onChangeRaw: (digits) => changed(digits), invalid: error !== undefined });

  return (
    <TextInput
      ref={ref}
      id={fieldId(path)}
      data-field={path}
      label={label}
      placeholder={t('intakeUi.date.placeholder')}
      defaultValue={iso ? formatDate(iso) : ''}
      onBlur={() => void flush(caseId)}
      inputMode="numeric"
      autoComplete="off"
      error={error}
    />
  );
}

export function FormSelect({
  path,
  label,
  options,
  placeholder,
  ...binding
}: Binding & { path: string; label: string; placeholder: string; options: { value: string; label: string }[] }) {
  const props = useBinding(binding, path);
  return <NativeSelect {...props} label={label} data={[{ value: '', label: placeholder }, ...options]} />;
}

/** A checklist of the regulation version (texts in the officer's language), ticks saved at once. */
export function Checklist({ caseId, draft, items, legend }: { caseId: string; draft: IntakeForm; items: CheckItem[]; legend: string }) {
  const t = useT();
  const pick = useLocalized();
  const edit = useIntakeStore((s) => s.edit);
  const flush = useIntakeStore((s) => s.flush);
  return (
    <Fieldset legend={legend} p="sm">
      <Stack gap={8}>
        {items.map((item) => (
          <Checkbox
            key={item.id}
            id={fieldId(`checks.${item.id}`)}
            data-field={`checks.${item.id}`}
            checked={draft.checks?.[item.id] === true}
            onChange={(event) => {
              edit(caseId, `checks.${item.id}`, event.currentTarget.checked);
              void flush(caseId);
            }}
            label={
              <Text size="sm" span>
                {pick(item.text)}
                {!item.required && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('intakeUi.optional')})
                  </Text>
                )}
              </Text>
            }
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
