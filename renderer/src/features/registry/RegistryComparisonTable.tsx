// §5.1.c: the taxpayer's data as written in the application next to the registration data in the
// local copy of the central tax system, field by field, with a verdict badge on each row (match,
// mismatch, or "not stated" when the application is silent). Shown at the desk while the officer
// records the verdict, and again in the case materials the decision-maker reads (more compact).
import { Badge, Table } from '@mantine/core';
import type { RegistryComparisonRow } from '../../../../shared/api/intake';
import { formatDate } from '../../../../shared/i18n/dates';
import { useLocalized, useT } from '../../i18n/useT';

const verdictColor: Record<RegistryComparisonRow['verdict'], string> = { match: 'green', mismatch: 'red', info: 'gray' };

/** A value as the officer reads it: dates as DD.MM.YYYY, nothing as a dash. */
export const shownValue = (value: string | null): string => (value === null ? '—' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value);

/** Row height and column widths: the desk's working table, or the case materials' compact one. */
const layouts = {
  regular: { verticalSpacing: 3, fieldWidth: '26%', verdictWidth: 120 },
  compact: { verticalSpacing: 2, fieldWidth: '28%', verdictWidth: 110 },
} as const;

export function RegistryComparisonTable({
  rows,
  compact = false,
  testId,
}: {
  rows: readonly RegistryComparisonRow[];
  compact?: boolean;
  testId?: string;
}) {
  const t = useT();
  const pick = useLocalized();
  const layout = layouts[compact ? 'compact' : 'regular'];
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={layout.verticalSpacing} fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={layout.fieldWidth}>{t('intakeUi.registry.field')}</Table.Th>
          <Table.Th>{t('intakeUi.registry.application')}</Table.Th>
          <Table.Th>{t('intakeUi.registry.registry')}</Table.Th>
          <Table.Th w={layout.verdictWidth}>{t('intakeUi.registry.verdict')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field} data-verdict={row.verdict} bg={row.verdict === 'mismatch' ? 'red.0' : undefined}>
            <Table.Td>{pick(row.label)}</Table.Td>
            <Table.Td>{shownValue(row.application)}</Table.Td>
            <Table.Td>{shownValue(row.registry)}</Table.Td>
            <Table.Td>
              <Badge color={verdictColor[row.verdict]} variant={row.verdict === 'info' ? 'outline' : 'light'} size="sm" tt="none">
                {t(`intakeUi.registry.verdict.${row.verdict}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
