// Declining acceptance (§5.1.b, or when identity or the registry data do not hold up): the
// ground, the documents not presented (pre-ticked from the completeness checklist) and a note
// that goes onto the notice handed to the applicant.
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { IntakeStepKind } from '../../../../shared/domain/regulation';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useLocalized, useT } from '../../i18n/useT';
import { useIntakeStore, type IntakeEntry } from '../../stores/intake';

export const declineReasons = ['incompleteDocuments', 'identityNotConfirmed', 'registryMismatch'] as const;
export type DeclineReason = (typeof declineReasons)[number];

function defaultReason(kind: IntakeStepKind | undefined): DeclineReason {
  if (kind === 'identity') return 'identityNotConfirmed';
  if (kind === 'registryMatch' || kind === 'registration') return 'registryMismatch';
  return 'incompleteDocuments';
}

export function DeclineDialog({ caseId, entry, opened, onClose }: { caseId: string; entry: IntakeEntry; opened: boolean; onClose(): void }) {
  const t = useT();
  const pick = useLocalized();
  const decline = useIntakeStore((s) => s.decline);
  const { view, draft, busy, error } = entry;
  const kind = view.steps.find((s) => s.id === view.currentStep)?.kind;
  const items = view.checklists.completeness;
  const [reason, setReason] = useState<DeclineReason>(() => defaultReason(kind));
  const [missing, setMissing] = useState<string[]>(() => items.filter((i) => i.required && draft.checks?.[i.id] !== true).map((i) => i.id));
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);

  async function submit() {
    if (!note.trim()) {
      setNoteError(true);
      document.getElementById('decline-note')?.focus();
      return;
    }
    if (await decline(caseId, { reasonCode: reason, note: note.trim(), missingItems: missing })) onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('intakeUi.decline.title')} size="lg" data-testid="decline-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <NativeSelect
            label={t('intakeUi.decline.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value as DeclineReason)}
            data={declineReasons.map((r) => ({ value: r, label: t(`intakeUi.decline.reason.${r}`) }))}
            data-autofocus
          />
          <Checkbox.Group label={t('intakeUi.decline.missing')} value={missing} onChange={setMissing}>
            <Stack gap={6} mt={4}>
              {items.map((item) => (
                <Checkbox key={item.id} value={item.id} label={pick(item.text)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea
            id="decline-note"
            label={t('intakeUi.decline.note')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setNoteError(false);
            }}
            error={noteError ? t('intakeUi.decline.noteRequired') : undefined}
            maxLength={2000}
            autosize
            minRows={2}
            withAsterisk
          />
          {error && opened && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('intakeUi.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy === 'decline'}>
              {t('intakeUi.decline.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
