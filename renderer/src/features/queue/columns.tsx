// The columns of the case lists: number, taxpayer, channel, applicant type, state, assignee,
// deadline. Each list shows the ones its officers need.
import { Text } from '@mantine/core';
import type { QueueRow } from '../../../../shared/api/processing';
import { isMessageKey } from '../../../../shared/i18n';
import { useT } from '../../i18n/useT';
import type { CaseColumn } from './CaseList';
import { DeadlineCell } from './deadline';

export type ColumnKey = 'number' | 'taxpayer' | 'channel' | 'applicantType' | 'state' | 'assignee' | 'deadline';

export function useCaseColumns(keys: ColumnKey[]): CaseColumn[] {
  const t = useT();
  /** A message for a value the core sends as a string, or the value itself when it has none. */
  const label = (prefix: string, value: string) => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  const all: Record<ColumnKey, CaseColumn> = {
    number: {
      key: 'number',
      header: t('queue.column.number'),
      width: '180px',
      render: (r: QueueRow) => (
        <Text size="sm" ff="monospace" truncate data-testid="row-number">
          {r.registrationNumber ?? '—'}
        </Text>
      ),
    },
    taxpayer: {
      key: 'taxpayer',
      header: t('queue.column.taxpayer'),
      width: 'minmax(240px, 1fr)',
      render: (r) => (
        <Text size="sm" truncate title={r.taxpayerName}>
          {r.taxpayerName || '—'}{' '}
          <Text span size="xs" c="dimmed" ff="monospace">
            {r.taxpayerId}
          </Text>
        </Text>
      ),
    },
    channel: {
      key: 'channel',
      header: t('queueUi.column.channel'),
      width: '130px',
      render: (r) => (
        <Text size="xs" truncate>
          {label('channel', r.channel)}
        </Text>
      ),
    },
    applicantType: {
      key: 'applicantType',
      header: t('queueUi.column.applicantType'),
      width: '130px',
      render: (r) => (
        <Text size="xs" truncate>
          {label('queueUi.type', r.applicantType)}
        </Text>
      ),
    },
    state: {
      key: 'state',
      header: t('queue.column.state'),
      width: '170px',
      render: (r) => (
        <Text size="xs" truncate data-testid="row-state">
          {label('caseState', r.state)}
        </Text>
      ),
    },
    assignee: {
      key: 'assignee',
      header: t('queueUi.column.assignee'),
      width: '140px',
      render: (r) => (
        <Text size="xs" truncate c={r.assigneeName ? undefined : 'dimmed'} data-testid="row-assignee">
          {r.assigneeName ?? t('queueUi.unassigned')}
        </Text>
      ),
    },
    deadline: {
      key: 'deadline',
      header: t('queue.column.deadline'),
      width: '270px',
      render: (r) => <DeadlineCell deadline={r.deadline} workingDaysLeft={r.workingDaysLeft} risk={r.risk} />,
    },
  };
  return keys.map((k) => all[k]);
}
