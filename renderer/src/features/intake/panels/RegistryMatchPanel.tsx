// §5.1.c: the taxpayer's data as written in the application next to the registration data in
// the local copy of the central tax system, field by field, with the copy's age; the officer
// records the verdict (match or mismatch) with a note.
import { Alert, Badge, Button, Fieldset, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { RegistryComparisonRow } from '../../../../../shared/api/intake';
import { formatDate } from '../../../../../shared/i18n/dates';
import { useLocalized, useT } from '../../../i18n/useT';
import { useIntakeStore } from '../../../stores/intake';
import { fieldId, FormText, FormTextarea } from '../fields';
import type { PanelProps } from './types';

const verdictColor: Record<RegistryComparisonRow['verdict'], string> = { match: 'green', mismatch: 'red', info: 'gray' };
/** A value as the officer reads it: dates as DD.MM.YYYY, nothing as a dash. */
const shown = (value: string | null): string => (value === null ? '—' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value);

/** A cached record older than this is flagged as possibly out of date. */
const staleAfterDays = 30;

export function RegistryMatchPanel({ caseId, entry, step, focusComplete }: PanelProps) {
  const t = useT();
  const pick = useLocalized();
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
          <Table withTableBorder withColumnBorders verticalSpacing={3} fz="sm" data-testid="registry-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="26%">{t('intakeUi.registry.field')}</Table.Th>
                <Table.Th>{t('intakeUi.registry.application')}</Table.Th>
                <Table.Th>{t('intakeUi.registry.registry')}</Table.Th>
                <Table.Th w={120}>{t('intakeUi.registry.verdict')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registry.rows.map((row) => (
                <Table.Tr key={row.field} data-verdict={row.verdict} bg={row.verdict === 'mismatch' ? 'red.0' : undefined}>
                  <Table.Td>{pick(row.label)}</Table.Td>
                  <Table.Td>{shown(row.application)}</Table.Td>
                  <Table.Td>{shown(row.registry)}</Table.Td>
                  <Table.Td>
                    <Badge color={verdictColor[row.verdict]} variant={row.verdict === 'info' ? 'outline' : 'light'} size="sm" tt="none">
                      {t(`intakeUi.registry.verdict.${row.verdict}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
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
