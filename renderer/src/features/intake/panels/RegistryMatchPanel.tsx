// §5.1.c: the taxpayer's data as written in the application next to the registration data in
// the local copy of the central tax system, field by field, with the copy's age; the officer
// records the verdict (match or mismatch) with a note.
import { Alert, Badge, Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDate } from '../../../../../shared/i18n/dates';
import { useT } from '../../../i18n/useT';
import { useIntakeStore } from '../../../stores/intake';
import { RegistryComparisonTable } from '../../registry/RegistryComparisonTable';
import { fieldId, FormText, FormTextarea } from '../fields';
import type { PanelProps } from './types';

/** A cached record older than this is flagged as possibly out of date. */
const staleAfterDays = 30;

export function RegistryMatchPanel({ caseId, entry, step, focusComplete }: PanelProps) {
  const t = useT();
  const record = useIntakeStore((s) => s.recordRegistryCheck);
  const { view, draft, busy } = entry;
  const { registry } = view;
  const bind = { caseId, draft, step };

  async function decide(result: 'match' | 'mismatch') {
    if (await record(caseId, result, draft.registryNote)) focusComplete();
  }

  return (
    <Stack gap="sm">
      <Fieldset legend={t('intakeUi.application')} p="sm">
        <SimpleGrid cols={2} spacing="sm">
          <FormText {...bind} path="application.taxpayerName" label={t('intakeUi.application.taxpayerName')} maxLength={300} autoFocusHere />
          <FormText {...bind} path="application.address" label={t('intakeUi.application.address')} maxLength={300} />
          <FormText {...bind} path="application.foreignState" label={t('intakeUi.application.foreignState')} maxLength={100} />
          <FormText {...bind} path="application.period" label={t('intakeUi.application.period')} maxLength={100} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('intakeUi.registry.title')} p="sm">
        <Stack gap="xs">
          {registry.found && registry.cachedAt !== null && registry.ageDays !== null ? (
            <Group gap="xs">
              <Text size="xs" c="dimmed" data-testid="registry-age">
                {t('intakeUi.registry.cached', { date: formatDate(registry.cachedAt.slice(0, 10)), days: registry.ageDays })}
              </Text>
              {registry.ageDays > staleAfterDays && (
                <Badge color="orange" variant="light" size="sm" tt="none">
                  {t('intakeUi.registry.stale')}
                </Badge>
              )}
            </Group>
          ) : (
            <Alert color="orange" p="xs" data-testid="registry-not-found">
              {t('intakeUi.registry.notFound')}
            </Alert>
          )}
          <RegistryComparisonTable rows={registry.rows} testId="registry-table" />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('intakeUi.registry.decision')} p="sm">
        <Stack gap="xs">
          <FormTextarea {...bind} path="registryNote" label={t('intakeUi.registry.note')} maxLength={1000} minRows={1} />
          <Group gap="sm">
            <Button
              id={fieldId('registryCheck')}
              color="green"
              variant={registry.check === 'match' ? 'filled' : 'light'}
              onClick={() => void decide('match')}
              loading={busy === 'registry'}
              aria-pressed={registry.check === 'match'}
            >
              {t('intakeUi.registry.recordMatch')}
            </Button>
            <Button
              color="red"
              variant={registry.check === 'mismatch' ? 'filled' : 'light'}
              onClick={() => void decide('mismatch')}
              loading={busy === 'registry'}
              aria-pressed={registry.check === 'mismatch'}
            >
              {t('intakeUi.registry.recordMismatch')}
            </Button>
            {registry.check && (
              <Text size="sm" fw={600} c={registry.check === 'match' ? 'green.8' : 'red.8'} data-testid="registry-check">
                {t(`intakeUi.registry.recorded.${registry.check}`)}
              </Text>
            )}
          </Group>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
