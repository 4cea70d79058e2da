// The top of a case screen, always in view: the taxpayer, the number, the kind of applicant and
// channel, the state, who works on it, the deadline with the days left and the risk, and the way
// back to the list it was opened from.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaseDetail } from '../../../../shared/api/processing';
import type { CaseState } from '../../../../shared/domain/cases';
import type { ApplicantType, Channel } from '../../../../shared/domain/types';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../i18n/useT';
import { DeadlineBlock } from '../queue/deadline';

export const stateColor: Record<CaseState, string> = {
  new: 'gray',
  intake: 'gray',
  declined: 'red',
  registered: 'gray',
  inProcessing: 'blue',
  decisionDrafted: 'cyan',
  awaitingApproval: 'indigo',
  returnedForRework: 'orange',
  approved: 'green',
  readyForIssue: 'teal',
  issued: 'dark',
  sentBack: 'dark',
  withdrawn: 'gray',
};

export function CaseHeader({ detail, onBack, backLabel }: { detail: CaseDetail; onBack(): void; backLabel: MessageKey }) {
  const t = useT();
  const state = detail.snapshot.state;
  return (
    <Paper withBorder px="md" py="sm" data-testid="case-header">
      <Group justify="space-between" align="center" wrap="nowrap" gap="lg">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="nowrap" align="baseline">
            <Title order={4} data-testid="case-taxpayer" style={{ overflowWrap: 'anywhere' }}>
              {detail.taxpayerName || detail.taxpayerId}
            </Title>
            <Text ff="monospace" size="sm" c="dimmed">
              {detail.taxpayerId}
            </Text>
          </Group>
          <Group gap="xs">
            <Badge color={stateColor[state]} variant="light" tt="none" size="md" data-testid="case-state" data-state={state}>
              {t(`caseState.${state}`)}
            </Badge>
            {detail.snapshot.registration && (
              <Text size="sm" ff="monospace" fw={600}>
                № {detail.snapshot.registration.number}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              · {t(`intakeUi.applicantType.${detail.applicantType as ApplicantType}`)} · {t(`channel.${detail.channel as Channel}`)}
            </Text>
            <Text size="sm" c="dimmed" data-testid="case-assignee">
              · {t('queueUi.column.assignee')}: {detail.assigneeName ?? t('queueUi.unassigned')}
            </Text>
          </Group>
        </Stack>
        <Group gap="lg" wrap="nowrap" align="center">
          <DeadlineBlock deadline={detail.deadline} />
          <Button variant="default" onClick={onBack} data-testid="case-back">
            {t(backLabel)}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
