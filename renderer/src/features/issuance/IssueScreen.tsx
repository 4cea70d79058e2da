// Handing one outgoing document over at the window (§5.3, Appendix 2). "Start issuance" starts
// the §5.3 clock in the core, which keeps it (a reload or another window shows the same time)
// and reports it with the case, with the § and norm of the case's regulation version. The officer
// records who receives it (the taxpayer or a representative) and the document they present
// (name, number, series); "Issue" writes the journal entry and answers with
// its number. Then the journal line is printed for the recipient's signature, and the document
// itself. Keyboard: Enter starts; Enter moves from field to field and issues from the last one,
// Ctrl+Enter issues from anywhere; after issuing, focus is on printing the journal line.
import { Alert, Button, Center, Fieldset, Grid, Group, Kbd, Loader, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PrintRecord } from '../../../../shared/api';
import type { CaseDetail } from '../../../../shared/api/processing';
import { formatDate } from '../../../../shared/i18n/dates';
import { ErrorAlert } from '../../app/ErrorAlert';
import { unlessDialog } from '../../app/hotkeys';
import { useLocalized, useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';
import { useNavigationStore } from '../../stores/navigation';
import { DocumentView } from '../documents/DocumentView';
import { kindTitles, PrintDialog } from '../documents/PrintDialog';
import { CaseHeader } from '../processing/CaseHeader';
import { outgoingDocument, SignatureCard } from '../processing/ResultPanel';
import { Section } from '../processing/Section';
import { IssuanceTimer } from './IssuanceTimer';
import { defaultKind, prefill, recipientFields, recipientInput, validateRecipient, type RecipientErrors, type RecipientField, type RecipientKind, type RecipientValues } from './recipient';

export const recipientFieldId = (field: RecipientField | 'kind'): string => `recipient-${field}`;

function RecipientForm({ detail, started }: { detail: CaseDetail; started: boolean }) {
  const t = useT();
  const issue = useCasesStore((s) => s.issue);
  const busy = useCasesStore((s) => s.busy[detail.id] === 'issue');
  const documentLabel = (type: string) => t(`intakeUi.document.type.${type as 'idCard'}`);
  const [values, setValues] = useState<RecipientValues>(() => {
    const kind = defaultKind(detail);
    return { kind, ...prefill(detail, kind, documentLabel) };
  });
  const [edited, setEdited] = useState<ReadonlySet<RecipientField>>(new Set());
  const [errors, setErrors] = useState<RecipientErrors>({});
  const [tried, setTried] = useState(false);

  function change(field: RecipientField, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    setEdited(new Set(edited).add(field));
    if (tried) setErrors(validateRecipient(next));
  }

  function changeKind(kind: RecipientKind) {
    // What the officer typed stays; what was prefilled follows the new kind of recipient.
    const filled = prefill(detail, kind, documentLabel);
    const next: RecipientValues = { ...values, kind };
    for (const field of recipientFields) if (!edited.has(field)) next[field] = filled[field];
    setValues(next);
    if (tried) setErrors(validateRecipient(next));
  }

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !started) return;
    setTried(true);
    const found = validateRecipient(values);
    setErrors(found);
    const first = recipientFields.find((f) => found[f]);
    if (first) {
      document.getElementById(recipientFieldId(first))?.focus();
      return;
    }
    await issue(detail.id, recipientInput(values));
  }

  useHotkeys(started ? [['mod+Enter', unlessDialog(() => void send())]] : [], []);
  const error = (f: RecipientField) => (errors[f] ? t(errors[f]) : undefined);

  // A journal entry cannot be taken back: Enter in a field goes to the next one, and only the
  // last field (or Ctrl+Enter, or the button) issues.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing || target.tagName !== 'INPUT') return;
    const at = (target as HTMLInputElement).type === 'radio' ? -1 : recipientFields.findIndex((f) => target.id === recipientFieldId(f));
    if (at === recipientFields.length - 1) return;
    event.preventDefault();
    document.getElementById(recipientFieldId(recipientFields[at + 1]!))?.focus();
  }

  return (
    <form onSubmit={(e) => void send(e)} onKeyDown={onKeyDown} noValidate data-testid="recipient-form">
      <fieldset disabled={!started} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <Radio.Group label={t('issueUi.recipient')} value={values.kind} onChange={(v) => changeKind(v === 'representative' ? 'representative' : 'taxpayer')}>
            <Group gap="lg" mt={4}>
              <Radio value="taxpayer" label={t('issueUi.recipient.taxpayer')} id={recipientFieldId('kind')} data-testid="recipient-taxpayer" />
              <Radio value="representative" label={t('issueUi.recipient.representative')} data-testid="recipient-representative" />
            </Group>
          </Radio.Group>
          <TextInput
            id={recipientFieldId('fullName')}
            label={t('issueUi.fullName')}
            value={values.fullName}
            onChange={(e) => change('fullName', e.currentTarget.value)}
            error={error('fullName')}
            maxLength={300}
            autoComplete="off"
            withAsterisk
            data-autofocus
          />
          <Fieldset legend={t('issueUi.presented')} p="sm">
            <SimpleGrid cols={3} spacing="sm">
              <TextInput
                id={recipientFieldId('documentName')}
                label={t('issueUi.documentName')}
                value={values.documentName}
                onChange={(e) => change('documentName', e.currentTarget.value)}
                error={error('documentName')}
                maxLength={200}
                autoComplete="off"
                withAsterisk
              />
              <TextInput
                id={recipientFieldId('documentNumber')}
                label={t('issueUi.documentNumber')}
                value={values.documentNumber}
                onChange={(e) => change('documentNumber', e.currentTarget.value)}
                error={error('documentNumber')}
                maxLength={50}
                autoComplete="off"
                withAsterisk
              />
              <TextInput
                id={recipientFieldId('documentSeries')}
                label={`${t('issueUi.documentSeries')} (${t('intakeUi.optional')})`}
                value={values.documentSeries}
                onChange={(e) => change('documentSeries', e.currentTarget.value)}
                error={error('documentSeries')}
                maxLength={20}
                autoComplete="off"
              />
            </SimpleGrid>
          </Fieldset>
          <Group justify="flex-end">
            <Button type="submit" loading={busy} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>} data-testid="issue-submit">
              {t('issueUi.issue')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}

function IssuedCard({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const issuance = detail.snapshot.issuance!;
  const line = detail.documents.filter((d) => d.kind === 'journal').at(-1);
  const outgoing = outgoingDocument(detail);
  const [printing, setPrinting] = useState<'journal' | 'outgoing' | null>(null);
  const [printed, setPrinted] = useState<PrintRecord[]>([]);
  const printLine = useRef<HTMLButtonElement>(null);

  useEffect(() => printLine.current?.focus(), []);

  const shown = printing === 'journal' ? line : printing === 'outgoing' ? outgoing : undefined;
  return (
    <Section title={t('issueUi.issued')} testId="issued-card">
      <Group gap="xl" align="flex-start">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('issueUi.journalNumber')}
          </Text>
          <Text fw={700} size="xl" ff="monospace" data-testid="journal-number">
            {issuance.journalNumber}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('issueUi.issuedOn')}
          </Text>
          <Text fw={600} data-testid="issued-on">
            {formatDate(issuance.issuedOn)}
          </Text>
        </Stack>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {t('issueUi.fullName')}
          </Text>
          <Text fw={600} data-testid="issued-recipient">
            {issuance.recipient.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {[issuance.recipient.documentName, `№ ${issuance.recipient.documentNumber}`, issuance.recipient.documentSeries ? t('issueUi.series', { series: issuance.recipient.documentSeries }) : '']
              .filter(Boolean)
              .join(', ')}
          </Text>
        </Stack>
      </Group>
      <Text size="sm">{t('issueUi.signHint')}</Text>
      <Group gap="sm">
        {line && (
          <Button ref={printLine} onClick={() => setPrinting('journal')} data-testid="print-journal-line">
            {t('issueUi.printLine')}
          </Button>
        )}
        {outgoing && (
          <Button variant="default" onClick={() => setPrinting('outgoing')} data-testid="print-outgoing">
            {t('issueUi.printDocument', { kind: t(kindTitles[outgoing.kind]) })}
          </Button>
        )}
      </Group>
      {printed.length > 0 && (
        <Text size="sm" c="green.8" fw={600} data-testid="printed">
          {printed.map((p) => t('intakeUi.printed', { printer: p.printer, copies: p.copies })).join(' · ')}
        </Text>
      )}
      <PrintDialog
        documentId={shown?.id ?? null}
        kind={shown?.kind ?? 'journal'}
        onClose={(record) => {
          setPrinting(null);
          if (record) setPrinted((list) => [...list, record]);
        }}
      />
    </Section>
  );
}

export function IssueScreen({ caseId }: { caseId: string }) {
  const t = useT();
  const pick = useLocalized();
  const detail = useCasesStore((s) => s.details[caseId]);
  const loadError = useCasesStore((s) => s.loadErrors[caseId]);
  const failure = useCasesStore((s) => s.failures[caseId]);
  const busy = useCasesStore((s) => s.busy[caseId]);
  const load = useCasesStore((s) => s.load);
  const startIssuance = useCasesStore((s) => s.startIssuance);
  const clearFailure = useCasesStore((s) => s.clearFailure);
  const receivedAt = useCasesStore((s) => s.receivedAt[caseId]);
  const back = useNavigationStore((s) => s.back);
  const startRef = useRef<HTMLButtonElement>(null);
  const formColumn = useRef<HTMLDivElement>(null);

  useEffect(() => {
    clearFailure(caseId);
    void load(caseId);
  }, [caseId, load, clearFailure]);

  const canIssue = detail?.allowed.includes('issue') ?? false;
  const timing = detail?.issuance ?? null;
  const started = timing !== null && timing.status !== 'notStarted';
  const state = detail?.snapshot.state;

  // Focus: "start" first; once started, the recipient's name.
  useEffect(() => {
    if (!canIssue) return;
    const timer = setTimeout(() => {
      if (started) formColumn.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      else startRef.current?.focus();
    });
    return () => clearTimeout(timer);
  }, [canIssue, started]);

  function start() {
    if (!busy) void startIssuance(caseId);
  }

  if (!detail) {
    return loadError ? (
      <Stack align="flex-start">
        <ErrorAlert error={loadError} />
        <Button variant="default" onClick={back}>
          {t('caseUi.backToIssuance')}
        </Button>
      </Stack>
    ) : (
      <Center py="xl">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }

  const outgoing = outgoingDocument(detail);

  return (
    <Stack gap="sm" data-testid="issue-screen" data-case={caseId} data-state={state}>
      <CaseHeader detail={detail} onBack={back} backLabel="caseUi.backToIssuance" />
      {failure && <ErrorAlert error={failure.error} onClose={() => clearFailure(caseId)} />}
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={5}>
          <Stack gap="sm">
            {outgoing && (
              <Section title={t('issueUi.toHandOver')} testId="issue-outgoing">
                <DocumentView key={outgoing.id} documentId={outgoing.id} title={t(kindTitles[outgoing.kind])} height={560} />
              </Section>
            )}
            <SignatureCard detail={detail} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={7} ref={formColumn}>
          <Stack gap="sm">
            {canIssue && (
              <Section title={t('issueUi.step')} testId="issue-step">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    {timing && (
                      <Group gap="xs" data-testid="issuance-step-title">
                        <Title order={5}>{timing.ref}</Title>
                        <Text size="sm">{pick(timing.title)}</Text>
                      </Group>
                    )}
                    <Text size="sm" c="dimmed">
                      {started ? t('issueUi.started.hint') : t('issueUi.start.hint')}
                    </Text>
                  </Stack>
                  {started && timing ? (
                    <IssuanceTimer timing={timing} receivedAt={receivedAt ?? Date.now()} />
                  ) : (
                    <Button ref={startRef} size="md" onClick={start} loading={busy === 'startIssuance'} rightSection={<Kbd size="xs">Enter</Kbd>} data-testid="issue-start">
                      {t('issueUi.start')}
                    </Button>
                  )}
                </Group>
                <RecipientForm key={detail.id} detail={detail} started={started} />
              </Section>
            )}
            {state === 'issued' && detail.snapshot.issuance && <IssuedCard detail={detail} />}
            {!canIssue && state !== 'issued' && (
              <Alert color="gray" variant="light" role="status" data-testid="not-ready">
                {t('issueUi.notReady', { state: t(`caseState.${detail.snapshot.state}`) })}
              </Alert>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
