// The audit log check for heads and administrators (`audit.verify`): the core walks the log's hash
// chain and says whether it is intact and how many entries it checked, or at which entry it is
// broken and why (an entry altered, unlinked, missing, or the newest entries cut off).
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ApiError, AuditChainView } from '../../../../shared/api';
import { isMessageKey } from '../../../../shared/i18n';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatDateTime } from '../../i18n/dateTime';
import { useT } from '../../i18n/useT';
import { api } from '../../api/client';

export function AuditCard({ maw }: { maw?: number }) {
  const t = useT();
  const [check, setCheck] = useState<{ view: AuditChainView; at: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    const result = await api().send('audit.verify', {});
    setBusy(false);
    if (result.ok) setCheck({ view: result.value, at: new Date().toISOString() });
    else {
      setCheck(null);
      setError(result.error);
    }
  }

  const reasonOf = (reason: string | null): string | null => {
    if (!reason) return null;
    const key = `adminUi.audit.reason.${reason}`;
    return isMessageKey(key) ? t(key) : reason;
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="audit-title" maw={maw} data-testid="audit-card">
      <Stack gap="xs">
        <Title order={5} id="audit-title">
          {t('adminUi.audit.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('adminUi.audit.hint')}
        </Text>
        {check === null && !error && (
          <Text size="sm" c="dimmed" data-testid="audit-not-checked">
            {t('adminUi.audit.notChecked')}
          </Text>
        )}
        {check && (
          <Alert
            color={check.view.ok ? 'green' : 'red'}
            role={check.view.ok ? 'status' : 'alert'}
            p="xs"
            title={check.view.ok ? t('adminUi.audit.intact') : t('adminUi.audit.broken', { n: check.view.brokenAt ?? check.view.entries + 1 })}
            data-testid="audit-result"
            data-intact={check.view.ok}
          >
            <Stack gap={2}>
              {!check.view.ok && reasonOf(check.view.reason) && (
                <Text size="sm" data-testid="audit-reason">
                  {t('adminUi.audit.reason', { reason: reasonOf(check.view.reason)! })}
                </Text>
              )}
              <Text size="sm" data-testid="audit-entries">
                {t('adminUi.audit.entries', { n: check.view.entries })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('adminUi.audit.checkedAt', { time: formatDateTime(check.at) })}
              </Text>
            </Stack>
          </Alert>
        )}
        {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
        <div>
          <Button variant="default" onClick={() => void verify()} loading={busy} data-testid="audit-verify">
            {t('adminUi.audit.verify')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
