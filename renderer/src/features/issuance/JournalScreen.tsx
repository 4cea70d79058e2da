// The journal of issued outgoing documents (Appendix 2) for a period: chosen by dates and the
// language of the printed journal, rendered by the core, previewed here and printed. Enter in a
// field shows the journal; the print dialog then prints it with Enter.
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import type { Locale } from '../../../../shared/i18n';
import { formatDate } from '../../../../shared/i18n/dates';
import { ErrorAlert } from '../../app/ErrorAlert';
import { kzToday } from '../../i18n/dateTime';
import { useT } from '../../i18n/useT';
import { useJournalStore } from '../../stores/journal';
import { useLocaleStore } from '../../stores/locale';
import { PrintDialog } from '../documents/PrintDialog';
import { DateInput } from '../processing/DateInput';

const PdfPreview = lazy(() => import('../documents/PdfPreview').then((m) => ({ default: m.PdfPreview })));

export function JournalScreen() {
  const t = useT();
  const officerLocale = useLocaleStore((s) => s.locale);
  const { preview, shown, busy, error, show } = useJournalStore();
  const today = kzToday();
  const [from, setFrom] = useState(shown?.from ?? today);
  const [to, setTo] = useState(shown?.to ?? today);
  const [locale, setLocale] = useState<Locale>(shown?.locale ?? officerLocale);
  const [rangeError, setRangeError] = useState<'from' | 'to' | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    document.getElementById('journal-from')?.focus();
  }, []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!from) return setRangeError('from');
    if (!to || to < from) return setRangeError('to');
    setRangeError(null);
    await show({ from, to, locale });
  }

  return (
    <Stack gap="sm" data-testid="journal-screen">
      <Title order={3}>{t('docUi.kind.journal')}</Title>
      <Paper withBorder p="sm">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Group gap="sm" align="flex-end">
            <DateInput id="journal-from" label={t('journalUi.from')} value={from} onChange={setFrom} error={rangeError === 'from' ? t('decisionUi.error.date') : undefined} w={160} />
            <DateInput
              id="journal-to"
              label={t('journalUi.to')}
              value={to}
              onChange={setTo}
              error={rangeError === 'to' ? (to ? t('journalUi.rangeError') : t('decisionUi.error.date')) : undefined}
              w={160}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="journal-locale">
                {t('journalUi.locale')}
              </Text>
              <SegmentedControl
                aria-labelledby="journal-locale"
                value={locale}
                onChange={(v) => setLocale(v === 'ru' ? 'ru' : 'kk')}
                data={[
                  { value: 'kk', label: t('language.kk') },
                  { value: 'ru', label: t('language.ru') },
                ]}
              />
            </Stack>
            <Button type="submit" loading={busy} data-testid="journal-show">
              {t('journalUi.show')}
            </Button>
            {preview && (
              <Button variant="default" onClick={() => setPrinting(true)} data-testid="journal-print">
                {t('docUi.print')}
              </Button>
            )}
          </Group>
        </form>
      </Paper>
      {error && <ErrorAlert error={error} />}
      {preview && shown && (
        <Paper withBorder p="sm" data-testid="journal-preview">
          <Suspense fallback={null}>
            <PdfPreview
              key={preview.pdfSha256}
              pdfBase64={preview.pdfBase64}
              title={t('journalUi.period', { from: formatDate(shown.from), to: formatDate(shown.to) })}
              height={640}
            />
          </Suspense>
        </Paper>
      )}
      <PrintDialog documentId={null} kind="journal" unstored={printing && preview ? preview : null} onClose={() => setPrinting(false)} />
    </Stack>
  );
}
