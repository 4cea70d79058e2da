// The filters over a case list: search by registration number, IIN/BIN or name (the core reads
// Cyrillic in any case), channel, applicant type, assignee (mine, unassigned, or one of the
// office's deciding officers from `officers.list`), state and deadline risk. The search is sent a moment after typing stops, or at once with Enter,
// which also moves to the list.
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { QueueFilter } from '../../../../shared/api/processing';
import { registeredStates } from '../../../../shared/domain/cases';
import { applicantTypes, channels } from '../../../../shared/domain/types';
import { useT } from '../../i18n/useT';
import type { CaseQueueStore, QueueFilters as Filters } from '../../stores/caseQueue';
import { decidingOfficers, useOfficersStore } from '../../stores/officers';
import { useSessionStore } from '../../stores/session';
import { OfficersError } from '../processing/OfficersError';

/** How long after the last keystroke a search is sent. */
export const searchDelayMs = 300;

export type FilterKey = 'channel' | 'applicantType' | 'assignee' | 'state' | 'risk';

type StateFilter = NonNullable<QueueFilter['states']>[number];
/** The states a registered case can be in: the machine's own list. */
export const stateChoices = registeredStates as readonly StateFilter[];
const risks = ['overdue', 'amber', 'normal'] as const;

function assigneeValue(assignee: Filters['assignee']): string {
  return assignee === undefined ? '' : String(assignee);
}

export function QueueFilters({ store, show, listId, searchId }: { store: CaseQueueStore; show: FilterKey[]; listId: string; searchId: string }) {
  const t = useT();
  const filters = store((s) => s.filters);
  const setFilters = store((s) => s.setFilters);
  const resetFilters = store((s) => s.resetFilters);
  const officerId = useSessionStore((s) => s.officer?.id ?? null);
  const withAssignee = show.includes('assignee') && officerId !== null;
  const list = useOfficersStore((s) => (s.forOfficer === officerId ? s.officers : null));
  const ensure = useOfficersStore((s) => s.ensure);
  const [text, setText] = useState(filters.text ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Filters reset elsewhere (the reset button): the field follows.
  useEffect(() => setText(filters.text ?? ''), [filters.text]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useEffect(() => {
    if (withAssignee) void ensure(officerId);
  }, [withAssignee, ensure, officerId]);

  const officers = list && officerId !== null ? decidingOfficers(list, officerId) : [];
  const officerGroups = [
    { group: t('role.processing'), items: officers.filter((o) => o.active && o.role === 'processing') },
    { group: t('role.supervisor'), items: officers.filter((o) => o.active && o.role === 'supervisor') },
    { group: t('officersUi.inactive'), items: officers.filter((o) => !o.active) },
  ]
    .filter((g) => g.items.length > 0)
    .map((g) => ({ group: g.group, items: g.items.map((o) => ({ value: String(o.id), label: o.shortName })) }));

  function search(value: string, now = false) {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    const send = () => {
      if ((store.getState().filters.text ?? '') !== value) setFilters({ text: value });
    };
    if (now) send();
    else timer.current = setTimeout(send, searchDelayMs);
  }

  const selects: Record<FilterKey, ReactNode> = {
    channel: (
      <NativeSelect
        key="channel"
        label={t('queueUi.filter.channel')}
        value={filters.channel ?? ''}
        onChange={(e) => setFilters({ channel: (e.currentTarget.value || undefined) as Filters['channel'] })}
        data={[{ value: '', label: t('queueUi.any') }, ...channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))]}
        w={160}
        data-testid="filter-channel"
      />
    ),
    applicantType: (
      <NativeSelect
        key="applicantType"
        label={t('queueUi.filter.applicantType')}
        value={filters.applicantType ?? ''}
        onChange={(e) => setFilters({ applicantType: (e.currentTarget.value || undefined) as Filters['applicantType'] })}
        data={[{ value: '', label: t('queueUi.any') }, ...applicantTypes.map((a) => ({ value: a, label: t(`queueUi.type.${a}`) }))]}
        w={170}
        data-testid="filter-applicantType"
      />
    ),
    assignee: (
      <NativeSelect
        key="assignee"
        label={t('queueUi.filter.assignee')}
        value={assigneeValue(filters.assignee)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setFilters({ assignee: v === '' ? undefined : v === 'me' || v === 'unassigned' ? v : Number(v) });
        }}
        data={[
          { value: '', label: t('queueUi.any') },
          { value: 'me', label: t('queueUi.assignee.me') },
          { value: 'unassigned', label: t('queueUi.assignee.unassigned') },
          ...officerGroups,
        ]}
        w={180}
        data-testid="filter-assignee"
      />
    ),
    state: (
      <NativeSelect
        key="state"
        label={t('queueUi.filter.state')}
        value={filters.states?.[0] ?? ''}
        onChange={(e) => setFilters({ states: e.currentTarget.value ? [e.currentTarget.value as StateFilter] : undefined })}
        data={[{ value: '', label: t('queueUi.state.open') }, ...stateChoices.map((s) => ({ value: s, label: t(`caseState.${s}`) }))]}
        w={200}
        data-testid="filter-state"
      />
    ),
    risk: (
      <NativeSelect
        key="risk"
        label={t('queueUi.filter.risk')}
        value={filters.risk ?? ''}
        onChange={(e) => setFilters({ risk: (e.currentTarget.value || undefined) as Filters['risk'] })}
        data={[{ value: '', label: t('queueUi.any') }, ...risks.map((r) => ({ value: r, label: t(`queueUi.risk.${r}`) }))]}
        w={190}
        data-testid="filter-risk"
      />
    ),
  };

  const inUse: Record<FilterKey, boolean> = {
    channel: !!filters.channel,
    applicantType: !!filters.applicantType,
    assignee: filters.assignee !== undefined,
    state: !!filters.states?.length,
    risk: !!filters.risk,
  };
  const filtered = show.some((k) => inUse[k]) || !!filters.text;

  const bar = (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      <TextInput
        id={searchId}
        label={t('queueUi.search')}
        placeholder={t('queueUi.search.placeholder')}
        value={text}
        onChange={(e) => search(e.currentTarget.value)}
        onKeyDown={(e) => {
          if ((e.key === 'Enter' || e.key === 'ArrowDown') && !e.nativeEvent.isComposing) {
            e.preventDefault();
            search(text, true);
            document.getElementById(listId)?.focus();
          } else if (e.key === 'Escape' && text) {
            e.preventDefault();
            search('', true);
          }
        }}
        maxLength={100}
        autoComplete="off"
        w={300}
        data-autofocus
        data-testid="queue-search"
      />
      {show.map((k) => selects[k])}
      {filtered && (
        <Button variant="subtle" onClick={resetFilters} data-testid="filters-reset">
          {t('queueUi.reset')}
        </Button>
      )}
    </Group>
  );
  return withAssignee ? (
    <Stack gap="xs">
      {bar}
      <OfficersError officerId={officerId} fallback="officersUi.fallback.filter" />
    </Stack>
  ) : (
    bar
  );
}
