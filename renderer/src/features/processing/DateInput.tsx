// A date typed as DD.MM.YYYY whatever the workstation's locale (digits only, the dots come by
// themselves), given out as YYYY-MM-DD once it is a whole real date, '' otherwise.
import { TextInput } from '@mantine/core';
import { useMask } from '@mantine/hooks';
import { useState } from 'react';
import { isRealDate } from '../../../../shared/domain/dates';
import { formatDate } from '../../../../shared/i18n/dates';
import { useT } from '../../i18n/useT';

export function DateInput({
  id,
  label,
  value,
  onChange,
  error,
  withAsterisk,
  w,
}: {
  id: string;
  label: string;
  value: string;
  onChange(iso: string): void;
  error?: string | undefined;
  withAsterisk?: boolean;
  w?: number;
}) {
  const t = useT();
  const [invalid, setInvalid] = useState(false);
  const shownError = invalid ? t('intakeUi.date.invalid') : error;

  function changed(digits: string) {
    setInvalid(false);
    if (digits.length < 8) return onChange('');
    const parts = { day: Number(digits.slice(0, 2)), month: Number(digits.slice(2, 4)), year: Number(digits.slice(4, 8)) };
    if (!isRealDate(parts)) {
      setInvalid(true);
      return onChange('');
    }
    onChange(`${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`);
  }

  // The mask owns the input's value; React only gives the initial one.
  const { ref } = useMask({ mask: '99.99.9999', onChangeRaw: (digits) => changed(digits), invalid: shownError !== undefined });
  return (
    <TextInput
      ref={ref}
      id={id}
      label={label}
      placeholder={t('intakeUi.date.placeholder')}
      defaultValue={value ? formatDate(value) : ''}
      inputMode="numeric"
      autoComplete="off"
      error={shownError}
      withAsterisk={withAsterisk}
      w={w}
    />
  );
}
