// The §5.1 wizard, drawn from the intake view the core returns for the case's regulation
// version: the step list, and the current step — its § reference, title, running timer, the
// panel for its kind, what it still needs, and the way on. Keyboard first: focus lands on the
// step's first field, Enter moves to what is still missing or completes the step, Ctrl+Enter
// completes from anywhere, Alt+P pauses and resumes.
import { Alert, Badge, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { IntakeStepState } from '../../../../shared/api/intake';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useLocalized, useT } from '../../i18n/useT';
import { useIntakeStore, type IntakeEntry } from '../../stores/intake';
import { useConnectionStore } from '../../stores/connection';
import { useNavigationStore } from '../../stores/navigation';
import { DeclineDialog } from './DeclineDialog';
import { focusField, valueAt } from './fields';
import { OverrunDialog } from './OverrunDialog';
import { stepPanels } from './panels';
import { SaveIndicator } from './SaveIndicator';
import { StepList } from './StepList';
import { StepProblems } from './StepProblems';
import { StepTimer } from './StepTimer';
import { formatDuration, liveTiming, useNow } from './timing';

const focusable = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Where Enter is left to the control itself (new line, press, open a list). */
function keepsEnter(target: HTMLElement): boolean {
  return ['TEXTAREA', 'BUTTON', 'A'].includes(target.tagName) || target.getAttribute('aria-expanded') === 'true';
}

function TotalClock({ entry }: { entry: IntakeEntry }) {
  const t = useT();
  const { view, receivedAt } = entry;
  const running = view.steps.find((s) => s.status === 'running');
  const now = useNow(running !== undefined);
  const extra = running ? liveTiming(running, receivedAt, now).activeSeconds - running.activeSeconds : 0;
  const total = view.totals.activeSeconds + extra;
  const over = total > view.totals.normSeconds;
  return (
    <Text size="sm" c={over ? 'red.7' : 'dimmed'} data-testid="total-clock">
      {t('intakeUi.summary.total')}:{' '}
      <Text span ff="monospace" fw={700} c={over ? 'red.7' : 'dark'}>
        {formatDuration(total)}
      </Text>{' '}
      / {formatDuration(view.totals.normSeconds)}
    </Text>
  );
}

export function IntakeHeader({
  caseId,
  entry,
  onDecline,
  withBack = true,
}: {
  caseId: string;
  entry: IntakeEntry;
  onDecline?: () => void;
  /** The summaries have their own way back, as their last action. */
  withBack?: boolean;
}) {
  const t = useT();
  const showQueue = useNavigationStore((s) => s.showQueue);
  const { view, draft } = entry;
  const name = draft.application?.taxpayerName || view.registry.name || '';
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          <Title order={4} data-testid="intake-taxpayer">
            {name || view.taxpayerId}
          </Title>
          <Text ff="monospace" size="sm" c="dimmed">
            {view.taxpayerId}
          </Text>
        </Group>
        <Group gap="xs">
          <Badge variant="light" size="sm" tt="none">
            {t(`intakeUi.applicantType.${view.applicantType}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('intakeUi.formsIn', { lang: t(`language.${view.applicantLocale}`) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('intakeUi.regulation', { version: view.regulationVersion })}
          </Text>
        </Group>
      </Stack>
      <Group gap="sm" wrap="nowrap">
        {view.state === 'intake' && <SaveIndicator caseId={caseId} save={entry.save} />}
        {view.currentStep && <TotalClock entry={entry} />}
        {onDecline && (
          <Button variant="subtle" color="red" size="xs" onClick={onDecline}>
            {t('intakeUi.decline')}
          </Button>
        )}
        {withBack && (
          <Button variant="default" size="xs" onClick={showQueue}>
            {t('intakeUi.backToQueue')}
          </Button>
        )}
      </Group>
    </Group>
  );
}

export function IntakeWizard({ caseId, entry }: { caseId: string; entry: IntakeEntry }) {
  const t = useT();
  const pick = useLocalized();
  const completeStep = useIntakeStore((s) => s.completeStep);
  const timer = useIntakeStore((s) => s.timer);
  const flush = useIntakeStore((s) => s.flush);
  const clearError = useIntakeStore((s) => s.clearError);
  const { view, receivedAt, busy, error } = entry;
  const step = view.steps.find((s) => s.id === view.currentStep)!;
  const Panel = stepPanels[step.kind];
  const panelRef = useRef<HTMLDivElement>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const [overrun, setOverrun] = useState<{ step: IntakeStepState; activeSeconds: number } | null>(null);
  const [declining, setDeclining] = useState(false);

  // Back online: what could not be saved goes again, once the session has been resumed.
  const connection = useConnectionStore((s) => s.state);
  useEffect(() => {
    if (connection !== 'open') return;
    const timer = setTimeout(() => {
      if (useIntakeStore.getState().entries[caseId]?.save === 'failed') void flush(caseId);
    }, 1000);
    return () => clearTimeout(timer);
  }, [connection, caseId, flush]);

  // Each new step starts with focus on its first field.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const target = panel.querySelector<HTMLElement>('[data-autofocus]') ?? panel.querySelector<HTMLElement>(focusable);
    target?.focus();
  }, [view.currentStep, caseId]);

  /** Enter's "go on": to the first thing still missing, or complete the step. */
  async function advance(from?: string) {
    await flush(caseId);
    const fresh = useIntakeStore.getState().entries[caseId];
    const current = fresh?.view.steps.find((s) => s.id === fresh.view.currentStep);
    if (!fresh || !current) return;
    if (current.kind === 'registration') {
      focusField('registration');
      return;
    }
    if (current.problems.length > 0) {
      const next = current.problems.find((p) => p.field !== from) ?? current.problems[0]!;
      focusField(next.field);
      return;
    }
    const timing = liveTiming(current, fresh.receivedAt, Date.now());
    if (timing.overrun) {
      setOverrun({ step: current, activeSeconds: timing.activeSeconds });
      return;
    }
    await completeStep(caseId, current.id);
  }

  async function finishOverrun(reason: string) {
    const pending = overrun;
    if (!pending) return;
    await completeStep(caseId, pending.step.id, reason);
    setOverrun(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing || event.altKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void advance(target.dataset['field']);
      return;
    }
    if (keepsEnter(target) || !['INPUT', 'SELECT'].includes(target.tagName)) return;
    event.preventDefault();
    void advance(target.dataset['field']);
  }

  const togglePause = () => {
    if (busy) return;
    void timer(caseId, step.id, step.status === 'paused' ? 'resume' : 'pause');
  };
  // By the physical key, whatever the keyboard layout; from inside fields too.
  useHotkeys([['alt+P', togglePause, { usePhysicalKeys: true }]], []);

  const canDecline = view.registration === null;

  return (
    <Stack gap="sm" data-testid="intake-wizard" data-step={step.id} data-kind={step.kind}>
      <IntakeHeader caseId={caseId} entry={entry} {...(canDecline ? { onDecline: () => setDeclining(true) } : {})} />
      <Group align="flex-start" gap="md" wrap="nowrap">
        <StepList steps={view.steps} currentStep={view.currentStep} receivedAt={receivedAt} />
        <Paper withBorder p="md" style={{ flex: 1, minWidth: 0 }} component="section" aria-labelledby="intake-step-title">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Badge size="lg" variant="filled" radius="sm" tt="none" data-testid="step-ref">
                    {step.ref}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t('intakeUi.timer.normShort', { time: formatDuration(step.normSeconds) })}
                  </Text>
                </Group>
                <Title order={5} id="intake-step-title" fw={600}>
                  {pick(step.title)}
                </Title>
              </Stack>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <StepTimer step={step} receivedAt={receivedAt} />
                <Button
                  variant={step.status === 'paused' ? 'filled' : 'default'}
                  color={step.status === 'paused' ? 'yellow' : undefined}
                  size="xs"
                  onClick={togglePause}
                  loading={busy === 'timer'}
                  title={step.status === 'paused' ? undefined : t('intakeUi.pause.hint')}
                  data-testid="pause-button"
                  rightSection={<Kbd size="xs">Alt+P</Kbd>}
                >
                  {step.status === 'paused' ? t('intakeUi.resume') : t('intakeUi.pause')}
                </Button>
              </Group>
            </Group>

            {step.status === 'paused' && (
              <Alert color="yellow" p="xs" data-testid="paused-notice">
                {t('intakeUi.paused')}
              </Alert>
            )}

            <div ref={panelRef} onKeyDown={onKeyDown}>
              <Panel
                caseId={caseId}
                entry={entry}
                step={step}
                onDecline={() => setDeclining(true)}
                focusComplete={() => completeRef.current?.focus()}
              />
            </div>

            {error && <ErrorAlert error={error} onClose={() => clearError(caseId)} />}

            <Group justify="space-between" align="flex-end" wrap="nowrap" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
              <StepProblems problems={step.problems} isWrong={(field) => Boolean(valueAt(entry.draft, field))} />
              {step.kind !== 'registration' && (
                <Button
                  ref={completeRef}
                  onClick={() => void advance()}
                  loading={busy === 'complete'}
                  data-testid="complete-step"
                  rightSection={<Kbd size="xs">Enter</Kbd>}
                  style={{ flexShrink: 0 }}
                >
                  {t('intakeUi.complete')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      </Group>
      {overrun && (
        <OverrunDialog
          step={overrun.step}
          activeSeconds={overrun.activeSeconds}
          busy={busy === 'complete'}
          onComplete={(reason) => void finishOverrun(reason)}
          onCancel={() => {
            setOverrun(null);
            completeRef.current?.focus();
          }}
        />
      )}
      {declining && <DeclineDialog caseId={caseId} entry={entry} opened onClose={() => setDeclining(false)} />}
    </Stack>
  );
}
