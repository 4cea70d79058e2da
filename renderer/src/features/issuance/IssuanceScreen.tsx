// The window (§5.3): the applicant comes back and says who they are; the officer finds the case
// among those ready for issue by registration number, IIN/BIN or name and opens it to hand the
// outgoing document over against signature in the journal.
import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useIssuanceQueue } from '../../stores/caseQueue';
import { useNavigationStore } from '../../stores/navigation';
import { CaseList } from '../queue/CaseList';
import { useCaseColumns } from '../queue/columns';
import { ListHeader } from '../queue/ListHeader';
import { QueueFilters } from '../queue/QueueFilters';

export function IssuanceScreen() {
  const t = useT();
  const load = useIssuanceQueue((s) => s.load);
  const error = useIssuanceQueue((s) => s.error);
  const openIssue = useNavigationStore((s) => s.openIssue);
  const columns = useCaseColumns(['number', 'taxpayer', 'applicantType', 'assignee', 'deadline']);

  useEffect(() => {
    void load();
    document.getElementById('issuance-search')?.focus();
  }, [load]);

  return (
    <Stack gap="sm" data-testid="issuance-screen">
      <ListHeader title={t('issueUi.title')} store={useIssuanceQueue} />
      <Text size="sm" c="dimmed">
        {t('issueUi.searchHint')}
      </Text>
      <QueueFilters store={useIssuanceQueue} show={['applicantType']} listId="issuance-list" searchId="issuance-search" />
      {error && <ErrorAlert error={error} />}
      <CaseList
        id="issuance-list"
        store={useIssuanceQueue}
        columns={columns}
        onOpen={(row) => openIssue(row.id)}
        label={t('issueUi.title')}
        empty={t('issueUi.empty')}
        height="max(320px, calc(100vh - 280px))"
      />
    </Stack>
  );
}
