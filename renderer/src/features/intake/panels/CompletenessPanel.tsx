// §5.1.b: the documents the Standard's §9 asks of this kind of applicant. With something
// missing the officer either sends the applicant back for it (the step pauses) or declines.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { useIntakeStore } from '../../../stores/intake';
import { Checklist } from '../fields';
import type { PanelProps } from './types';

export function CompletenessPanel({ caseId, entry, step, onDecline }: PanelProps) {
  const t = useT();
  const timer = useIntakeStore((s) => s.timer);
  const { view, draft } = entry;
  const items = view.checklists.completeness;
  const missing = items.filter((item) => item.required && draft.checks?.[item.id] !== true);
  // Said once the officer has started ticking, or tried to go on.
  const firstAnswered = items.some((item) => draft.checks?.[item.id] !== undefined) || entry.error !== null;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('intakeUi.completeness.hint')}
      </Text>
      <Checklist caseId={caseId} draft={draft} items={items} legend={`${t('intakeUi.checklist')} (${step.ref})`} />
      {missing.length > 0 && firstAnswered && (
        <Alert color="orange" p="sm" data-testid="completeness-missing">
          <Stack gap="xs">
            <Text size="sm">{t('intakeUi.completeness.missing', { n: missing.length })}</Text>
            <Group gap="sm">
              {step.status === 'running' && (
                <Button variant="default" size="xs" onClick={() => void timer(caseId, step.id, 'pause')}>
                  {t('intakeUi.completeness.returnToApplicant')}
                </Button>
              )}
              <Button color="red" variant="light" size="xs" onClick={onDecline}>
                {t('intakeUi.decline')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
