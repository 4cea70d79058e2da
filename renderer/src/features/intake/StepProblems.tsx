// What still keeps the step from being completed, in the officer's language; each item moves
// focus to its field (a link to it). Something missing is said calmly; a value that is wrong (an expired
// document) in red.
import { Anchor, Group, List, Text } from '@mantine/core';
import type { IntakeStepState } from '../../../../shared/api/intake';
import { useLocalized, useT } from '../../i18n/useT';
import { fieldId, focusField } from './fields';

export function StepProblems({ problems, isWrong }: { problems: IntakeStepState['problems']; isWrong(field: string): boolean }) {
  const t = useT();
  const pick = useLocalized();
  if (problems.length === 0) {
    return (
      <Group gap="xs" data-testid="step-ready">
        <Text size="sm" c="green.8" fw={600}>
          {t('intakeUi.ready')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('intakeUi.complete.hint')}
        </Text>
      </Group>
    );
  }
  return (
    <div data-testid="step-problems" style={{ minWidth: 0 }}>
      <Text size="sm" fw={600} mb={4}>
        {t('intakeUi.problems')}
      </Text>
      <List size="sm" spacing={2} withPadding style={problems.length > 4 ? { columns: 2, columnGap: 'var(--mantine-spacing-xl)' } : undefined}>
        {problems.map((problem) => (
          <List.Item key={problem.field + pick(problem.message)} style={{ breakInside: 'avoid' }}>
            <Anchor
              href={`#${fieldId(problem.field)}`}
              size="sm"
              c={isWrong(problem.field) ? 'red.8' : 'gray.8'}
              fw={isWrong(problem.field) ? 600 : undefined}
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.field);
              }}
              data-problem={problem.field}
            >
              {pick(problem.message)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
