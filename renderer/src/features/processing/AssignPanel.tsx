// Who works on the case: a processing officer takes a free case; a head assigns it to an active
// processing officer or head of the office, or to themself (Appendix 5 lets a head decide a case
// personally; another head then signs). Only offered when the case allows it. The staff list is
// the office's (`officers.list`); if it cannot be read, the head can still take the case and is
// told why nobody else is offered.
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OfficerView } from '../../../../shared/api';
import type { CaseDetail } from '../../../../shared/api/processing';
import { useT } from '../../i18n/useT';
import { useCasesStore } from '../../stores/cases';
import { assignableOfficers, useOfficersStore } from '../../stores/officers';
import { OfficersError } from './OfficersError';
import { Section } from './Section';

function HeadAssign({ detail, officer }: { detail: CaseDetail; officer: OfficerView }) {
  const t = useT();
  const assign = useCasesStore((s) => s.assign);
  const busy = useCasesStore((s) => s.busy[detail.id] === 'assign');
  const list = useOfficersStore((s) => (s.forOfficer === officer.id ? s.officers : null));
  const ensure = useOfficersStore((s) => s.ensure);
  const [target, setTarget] = useState(String(officer.id));

  useEffect(() => void ensure(officer.id), [ensure, officer.id]);

  const others = list ? assignableOfficers(list, officer.id) : [];
  const group = (role: 'processing' | 'supervisor') => ({
    group: t(`role.${role}`),
    items: others.filter((o) => o.role === role).map((o) => ({ value: String(o.id), label: o.shortName })),
  });
  const groups = [group('processing'), group('supervisor')].filter((g) => g.items.length > 0);

  const send = () => void assign(detail.id, target === String(officer.id) ? undefined : Number(target));

  return (
    <Stack gap="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('assignUi.assignTo')}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data={[{ value: String(officer.id), label: t('assignUi.me', { name: officer.shortName }) }, ...groups]}
            w={300}
            data-autofocus
            data-testid="assign-target"
          />
          <Button type="submit" loading={busy} data-testid="assign-submit">
            {t('assignUi.assign')}
          </Button>
        </Group>
      </form>
      <OfficersError officerId={officer.id} fallback="officersUi.fallback.assign" />
    </Stack>
  );
}

export function AssignPanel({ detail, officer }: { detail: CaseDetail; officer: OfficerView }) {
  const t = useT();
  const assign = useCasesStore((s) => s.assign);
  const busy = useCasesStore((s) => s.busy[detail.id] === 'assign');
  return (
    <Section title={t('assignUi.title')} testId="assign-panel">
      <Text size="sm">{detail.assigneeName ? t('assignUi.current', { name: detail.assigneeName }) : t('assignUi.free')}</Text>
      {officer.role === 'supervisor' ? (
        <HeadAssign detail={detail} officer={officer} />
      ) : (
        <Group>
          <Button onClick={() => void assign(detail.id)} loading={busy} data-autofocus data-testid="take-case">
            {t('assignUi.take')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
