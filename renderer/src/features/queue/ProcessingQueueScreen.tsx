// The processing queue of processing officers and heads: the office's registered, unfinished
// cases sorted by deadline, with the working days left and the risk in colour, filters and
// search; a row opens the case. Front-desk officers keep their own queue (QueueScreen).
import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useProcessingQueue } from '../../stores/caseQueue';
import { useNavigationStore } from '../../stores/navigation';
import { CaseList } from './CaseList';
import { useCaseColumns } from './columns';
import { ListHeader } from './ListHeader';
import { QueueFilters } from './QueueFilters';

/** The rows fill the window below the title and the filters. */
export const listHeight = 'max(320px, calc(100vh - 250px))';

export function ProcessingQueueScreen() {
  const t = useT();
  const load = useProcessingQueue((s) => s.load);
  const error = useProcessingQueue((s) => s.error);
  const openCase = useNavigationStore((s) => s.openCase);
  const columns = useCaseColumns(['number', 'taxpayer', 'channel', 'applicantType', 'state', 'assignee', 'deadline']);

  useEffect(() => {
    void load();
    document.getElementById('queue-search')?.focus();
  }, [load]);

  return (
    <Stack gap="sm" data-testid="processing-queue">
      <ListHeader title={t('queue.title')} store={useProcessingQueue} />
      <QueueFilters store={useProcessingQueue} show={['channel', 'applicantType', 'assignee', 'state', 'risk']} listId="queue-list" searchId="queue-search" />
      {error && <ErrorAlert error={error} />}
      <CaseList
        id="queue-list"
        store={useProcessingQueue}
        columns={columns}
        onOpen={(row) => openCase(row.id, 'queue')}
        label={t('queue.title')}
        empty={t('queueUi.empty')}
        height={listHeight}
      />
    </Stack>
  );
}
