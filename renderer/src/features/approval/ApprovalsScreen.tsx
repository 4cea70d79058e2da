// The head's drafts awaiting approval (ҚФБ 2, Appendix 5), by deadline: a row opens the draft's
// document next to the case, to approve with the EDS or return for rework.
import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useApprovalQueue } from '../../stores/caseQueue';
import { useNavigationStore } from '../../stores/navigation';
import { CaseList } from '../queue/CaseList';
import { useCaseColumns } from '../queue/columns';
import { ListHeader } from '../queue/ListHeader';
import { listHeight } from '../queue/ProcessingQueueScreen';
import { QueueFilters } from '../queue/QueueFilters';

export function ApprovalsScreen() {
  const t = useT();
  const load = useApprovalQueue((s) => s.load);
  const error = useApprovalQueue((s) => s.error);
  const openCase = useNavigationStore((s) => s.openCase);
  const columns = useCaseColumns(['number', 'taxpayer', 'channel', 'applicantType', 'assignee', 'deadline']);

  useEffect(() => {
    void load();
    document.getElementById('approvals-search')?.focus();
  }, [load]);

  return (
    <Stack gap="sm" data-testid="approvals-screen">
      <ListHeader title={t('approvalUi.listTitle')} store={useApprovalQueue} />
      <QueueFilters store={useApprovalQueue} show={['channel', 'applicantType', 'risk']} listId="approvals-list" searchId="approvals-search" />
      {error && <ErrorAlert error={error} />}
      <CaseList
        id="approvals-list"
        store={useApprovalQueue}
        columns={columns}
        onOpen={(row) => openCase(row.id, 'approvals')}
        label={t('approvalUi.listTitle')}
        empty={t('approvalUi.empty')}
        height={listHeight}
      />
    </Stack>
  );
}
