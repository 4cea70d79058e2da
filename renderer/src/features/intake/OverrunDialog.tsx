// Completing a step past its norm: the officer may say why (optional, never blocks). Enter or
// the button completes with whatever was typed; Esc goes back to the step.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { IntakeStepState } from '../../../../shared/api/intake';
import { useT } from '../../i18n/useT';
import { formatDuration } from './timing';

export function OverrunDialog({
  step,
  activeSeconds,
  busy,
  onComplete,
  onCancel,
}: {
  step: IntakeStepState | null;
  activeSeconds: number;
  busy: boolean;
  onComplete(reason: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  // Focus is placed by the wizard: on the next step's first field, or back on "complete" when cancelled.
  return (
    <Modal opened={step !== null} onClose={onCancel} title={t('intakeUi.overrun.title')} size="lg" returnFocus={false} data-testid="overrun-dialog">
      {step && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onComplete(reason);
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('intakeUi.overrun.text', { step: step.ref, norm: formatDuration(step.normSeconds), actual: formatDuration(activeSeconds) })}
            </Text>
            <Textarea
              label={t('intakeUi.overrun.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={500}
              autosize
              minRows={2}
              data-autofocus
              onKeyDown={(event) => {
                // Enter completes; Shift+Enter starts a new line.
                if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  onComplete(reason);
                }
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('intakeUi.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('intakeUi.complete')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
