// Approving with the head's EDS (Appendix 5, ҚФБ 2): the signer — NCALayer with the NCA key (the
// real service) or the workstation's software key (demo) with its password — and the approval is
// bound to the very document the head reviewed. The core's refusals (own draft, a key of someone
// else, NCALayer not running, cancelled, wrong password) are shown here in the officer's language;
// a draft changed meanwhile closes the dialog so that the new version is reviewed first.
// Enter signs; Esc closes.
import { Button, Group, Modal, Paper, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ApiError, DocumentView, FieldIssue } from '../../../../shared/api';
import { formatDateTime } from '../../i18n/dateTime';
import { useLocalized, useT } from '../../i18n/useT';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useCasesStore } from '../../stores/cases';
import { useSessionStore } from '../../stores/session';
import { kindTitles } from '../documents/PrintDialog';

export type Signer = 'software' | 'ncalayer';

function keyPasswordIssue(error: ApiError | null): FieldIssue | undefined {
  const issues = (error?.details as { issues?: FieldIssue[] } | undefined)?.issues;
  return Array.isArray(issues) ? issues.find((i) => i.path[0] === 'keyPassword') : undefined;
}

export function ApproveDialog({
  caseId,
  reviewed,
  opened,
  onClose,
}: {
  caseId: string;
  /** The document on screen: what the head reviewed and signs. */
  reviewed: DocumentView;
  opened: boolean;
  /** `approved` false: cancelled, or the draft changed (the case screen says so). */
  onClose(approved: boolean): void;
}) {
  const t = useT();
  const pick = useLocalized();
  const approve = useCasesStore((s) => s.approve);
  const busy = useCasesStore((s) => s.busy[caseId] === 'approve');
  const demoKeyPassword = useSessionStore((s) => s.info?.demoKeyPassword ?? null);
  const [signer, setSigner] = useState<Signer>(demoKeyPassword ? 'software' : 'ncalayer');
  const [password, setPassword] = useState('');
  const [missingPassword, setMissingPassword] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function sign() {
    if (busy) return;
    setError(null);
    if (signer === 'software' && !password) {
      setMissingPassword(true);
      document.getElementById('approve-key-password')?.focus();
      return;
    }
    const result = await approve({ caseId, documentId: reviewed.id, signer, ...(signer === 'software' ? { keyPassword: password } : {}) });
    if (result.ok) {
      setPassword('');
      onClose(true);
      return;
    }
    if (result.error.code === 'conflict') {
      onClose(false);
      return;
    }
    setError(result.error);
    if (signer === 'software') {
      setPassword('');
      document.getElementById('approve-key-password')?.focus();
    }
  }

  const passwordIssue = keyPasswordIssue(error);
  const passwordError = missingPassword ? t('approvalUi.keyPassword.required') : passwordIssue ? pick(passwordIssue.message) : undefined;

  return (
    <Modal opened={opened} onClose={() => onClose(false)} title={t('approvalUi.dialog.title')} size="lg" data-testid="approve-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void sign();
        }}
      >
        <Stack gap="sm">
          <Paper bg="blue.0" p="sm" data-testid="approve-document">
            <Text size="sm">{t('approvalUi.dialog.document', { kind: t(kindTitles[reviewed.kind]), time: formatDateTime(reviewed.createdAt) })}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              SHA-256 {reviewed.pdfSha256.slice(0, 16)}…
            </Text>
          </Paper>
          <Radio.Group
            label={t('approvalUi.signer')}
            value={signer}
            onChange={(v) => {
              setSigner(v === 'ncalayer' ? 'ncalayer' : 'software');
              setError(null);
              setMissingPassword(false);
            }}
          >
            <Stack gap={6} mt={6}>
              <Radio value="ncalayer" label={t('approvalUi.signer.ncalayer')} data-autofocus={signer === 'ncalayer' || undefined} data-testid="signer-ncalayer" />
              <Radio value="software" label={t('approvalUi.signer.software')} data-testid="signer-software" />
            </Stack>
          </Radio.Group>
          {signer === 'software' ? (
            <PasswordInput
              id="approve-key-password"
              label={t('approvalUi.keyPassword')}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                setMissingPassword(false);
                setError(null);
              }}
              error={passwordError}
              description={demoKeyPassword ? t('approvalUi.demoKeyHint', { password: demoKeyPassword }) : undefined}
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              autoComplete="off"
              withAsterisk
              data-autofocus
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('approvalUi.signer.ncalayerHint')}
            </Text>
          )}
          {error && !passwordIssue && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('intakeUi.cancel')}
            </Button>
            <Button type="submit" color="green" loading={busy} data-testid="approve-sign">
              {t('approvalUi.sign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
