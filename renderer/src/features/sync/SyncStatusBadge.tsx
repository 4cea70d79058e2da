// The always-visible sync status in the header: on/off, online, unsent changes, quarantine and
// the clock warning; opens the sync panel. Polls the core every few seconds.
import { Badge, Group, Indicator, Tooltip, UnstyledButton } from '@mantine/core';
import { useEffect } from 'react';
import { formatDateTime } from '../../i18n/dateTime';
import { useLocalized, useT } from '../../i18n/useT';
import { useSyncStore } from '../../stores/sync';

const pollMs = 5_000;

export function SyncStatusBadge({ onOpen }: { onOpen(): void }) {
  const t = useT();
  const pick = useLocalized();
  const { status, refresh } = useSyncStore();

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), pollMs);
    return () => clearInterval(timer);
  }, [refresh]);

  if (!status) return null;
  const state = !status.configured ? 'off' : status.syncing ? 'syncing' : status.online === null ? 'unknown' : status.online ? 'online' : 'offline';
  const color = { off: 'gray', syncing: 'blue', unknown: 'gray', online: 'teal', offline: 'orange' }[state];
  const tooltip = [
    status.message ? pick(status.message) : null,
    status.lastSuccessAt ? t('syncUi.lastSuccess', { time: formatDateTime(status.lastSuccessAt) }) : status.configured ? t('syncUi.never') : null,
  ]
    .filter(Boolean)
    .join('\n');

  return (
    <Tooltip label={tooltip || t(`syncUi.${state}`)} multiline w={320} disabled={!tooltip && state === 'online'}>
      <UnstyledButton onClick={onOpen} aria-label={t('syncUi.title')} data-testid="sync-status" data-state={state}>
        <Indicator disabled={status.quarantined === 0 && !status.clock.drift} color="red" size={9} offset={2}>
          <Group gap={4} wrap="nowrap">
            <Badge color={color} variant="light">
              {t(`syncUi.${state}`)}
            </Badge>
            {status.unsent > 0 && (
              <Badge color="gray" variant="outline" data-testid="sync-unsent">
                {t('syncUi.unsent', { n: status.unsent })}
              </Badge>
            )}
            {status.quarantined > 0 && (
              <Badge color="red" variant="outline">
                {t('syncUi.quarantined', { n: status.quarantined })}
              </Badge>
            )}
          </Group>
        </Indicator>
      </UnstyledButton>
    </Tooltip>
  );
}
