// The §5.2 deadline as the lists and the case screen show it: the due date, the working days
// left by the calendar (the core counts them), and the risk — overdue in red, three working days
// or fewer in amber.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatDate } from '../../../../shared/i18n/dates';
import { useT } from '../../i18n/useT';

export type Risk = 'overdue' | 'amber' | 'normal';

/** The stripe down the row's left edge and the badge colours of each risk. */
export const riskStyle: Record<Risk, { stripe: string; badge: string; text: string }> = {
  overdue: { stripe: 'var(--mantine-color-red-7)', badge: 'red', text: 'red.9' },
  amber: { stripe: 'var(--mantine-color-yellow-6)', badge: 'yellow', text: 'yellow.9' },
  normal: { stripe: 'transparent', badge: 'gray', text: 'dimmed' },
};

/**
 * "n working days left", "due today", "overdue by n working days". Past the due date over a
 * weekend no working day may have passed yet: that still reads as overdue by one (as the queue
 * counts it).
 */
export function useDaysLeftText(): (workingDaysLeft: number, risk?: Risk | null) => string {
  const t = useT();
  return (n, risk) =>
    n < 0 || risk === 'overdue'
      ? t('deadlineUi.overdue', { n: Math.max(1, -n) })
      : n === 0
        ? t('deadlineUi.today')
        : t('deadlineUi.left', { n });
}

/** A list's deadline cell: the date, and the days left coloured by risk. */
export function DeadlineCell({ deadline, workingDaysLeft, risk }: { deadline: string | null; workingDaysLeft: number | null; risk: Risk | null }) {
  const daysLeft = useDaysLeftText();
  if (!deadline) return <Text size="sm">—</Text>;
  const style = riskStyle[risk ?? 'normal'];
  return (
    <Group gap={6} wrap="nowrap" data-testid="deadline" data-risk={risk ?? 'none'}>
      <Text size="sm" ff="monospace" fw={risk === 'normal' ? 400 : 600} c={risk === 'normal' ? undefined : style.text}>
        {formatDate(deadline)}
      </Text>
      {workingDaysLeft !== null && (
        <Text size="xs" c={style.text} fw={risk === 'normal' ? 400 : 600} truncate data-testid="days-left">
          {daysLeft(workingDaysLeft, risk)}
        </Text>
      )}
    </Group>
  );
}

/** The case screen's deadline block: always in view, with the risk named. */
export function DeadlineBlock({ deadline }: { deadline: { due: string; workingDaysLeft: number; calendarDaysLeft: number; risk: Risk } | null }) {
  const t = useT();
  const daysLeft = useDaysLeftText();
  if (!deadline) return null;
  const style = riskStyle[deadline.risk];
  return (
    <Stack gap={0} align="flex-end" data-testid="case-deadline" data-risk={deadline.risk}>
      <Text size="xs" c="dimmed">
        {t('deadlineUi.label')}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Text fw={700} ff="monospace">
          {formatDate(deadline.due)}
        </Text>
        <Badge color={style.badge} variant={deadline.risk === 'normal' ? 'outline' : 'filled'} tt="none" size="md" c={deadline.risk === 'amber' ? 'dark' : undefined}>
          {t(`deadlineUi.risk.${deadline.risk}`)}
        </Badge>
      </Group>
      <Text size="xs" c={style.text} fw={deadline.risk === 'normal' ? 400 : 600} data-testid="case-days-left">
        {daysLeft(deadline.workingDaysLeft, deadline.risk)}
        {deadline.calendarDaysLeft > 0 && ` · ${t('deadlineUi.calendar', { n: deadline.calendarDaysLeft })}`}
      </Text>
    </Stack>
  );
}
