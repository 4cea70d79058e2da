// Who works on the case: a processing officer takes a free case; a head assigns it to a
// processing officer or to themself (Appendix 5 lets a head decide a case personally; another
// head then signs). Only offered when the case allows it. The staff list comes from the officers
// this window has seen as assignees: the core has no list of the office's officers to read.
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import type { OfficerView } from '../../../../shared/api';
import type { CaseDetail } from '../../../../shared/api/processing';
import { useT } from '../../i18n/useT';
import { useKnownOfficers } from '../../stores/caseQueue';
import { useCasesStore } from '../../stores/cases';
import { Section } from './Section';

export function AssignPanel({ detail, officer }: { detail: CaseDetail; officer: OfficerView }) {
  const t = useT();
  const assign = useCasesStore((s) => s.assign);
  const busy = useCasesStore((s) => s.busy[detail.id] === 'assign');
  const known = useKnownOfficers((s) => s.officers);
  const [target, setTarget] = useState(String(officer.id));
  const head = officer.role === 'supervisor';
  const others = Object.entries(known)
    .filter(([id]) => Number(id) !== officer.id)
    .sort(([, a], [, b]) => a.localeCompare(b, 'kk'));

  const send = () => void assign(detail.id, target === String(officer.id) ? undefined : Number(target));

  return (
    <Section title={t('assignUi.title')} testId="assign-panel">
      <Text size="sm">{detail.assigneeName ? t('assignUi.current', { name: detail.assigneeName }) : t('assignUi.free')}</Text>
      {head ? (
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
              data={[{ value: String(officer.id), label: t('assignUi.me', { name: officer.shortName }) }, ...others.map(([id, name]) => ({ value: id, label: name }))]}
              w={300}
              data-autofocus
              data-testid="assign-target"
            />
            <Button type="submit" loading={busy} data-testid="assign-submit">
              {t('assignUi.assign')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('assignUi.listHint')}
          </Text>
        </form>
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
