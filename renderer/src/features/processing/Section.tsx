// The case screen's building blocks: a titled panel and a two-column list of labelled values.
import { Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({ title, children, testId, aside }: { title: string; children: ReactNode; testId?: string; aside?: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title} data-testid={testId}>
      <Stack gap={6}>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <span>{title}</span>
          {aside}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** Label–value pairs; empty values show as a dash. */
export function Facts({ rows, testId }: { rows: [label: string, value: ReactNode][]; testId?: string }) {
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} fz="sm" data-testid={testId}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="38%" fw={400} c="dimmed" style={{ verticalAlign: 'top', paddingRight: 12 }}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value === null || value === undefined || value === '' ? '—' : value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
