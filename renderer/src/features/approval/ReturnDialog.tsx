// Returning a draft for rework: the head's comment goes to the processing officer, who sees it
// on the case. Ctrl+Enter returns (Enter makes a new line); Esc closes.
import { Button, Group, Kbd, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';

/** The core takes 5–2000 characters. */
export const minCommentLength = 5;

export function ReturnDialog({ caseId, onClose }: { caseId: string; onClose(returned: boolean): void }) {
  const t = useT();
  const returnForRework = useCasesStore((s) => s.returnForRework);
  const busy = useCasesStore((s) => s.busy[caseId] === 'return');
  const failure = useCasesStore((s) => s.failures[caseId]);
  const [comment, setComment] = useState('');
  const [tooShort, setTooShort] = useState(false);

  async function send() {
    if (busy) return;
    if (comment.trim().length < minCommentLength) {
      setTooShort(true);
      document.getElementById('return-comment')?.focus();
      return;
    }
    if (await returnForRework(caseId, comment.trim())) onClose(true);
  }

  return (
    <Modal opened onClose={() => onClose(false)} title={t('approvalUi.return.title')} size="lg" data-testid="return-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Stack gap="sm">
          <Textarea
            id="return-comment"
            label={t('approvalUi.return.comment')}
            description={t('approvalUi.return.hint')}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setTooShort(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void send();
              }
            }}
            error={tooShort ? t('approvalUi.return.commentRequired') : undefined}
            maxLength={2000}
            autosize
            minRows={3}
            maxRows={8}
            withAsterisk
            data-autofocus
          />
          {failure?.action === 'return' && <ErrorAlert error={failure.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('intakeUi.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={busy} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>} data-testid="return-confirm">
              {t('approvalUi.return.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
