// A quiet word on whether what was typed has reached the core; a failed save offers a retry.
import { Button, Group, Text } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { useIntakeStore, type SaveState } from '../../stores/intake';

export function SaveIndicator({ caseId, save }: { caseId: string; save: SaveState }) {
  const t = useT();
  const flush = useIntakeStore((s) => s.flush);
  if (save === 'idle') return null;
  return (
    <Group gap={6} wrap="nowrap" role="status" data-testid="save-state" data-state={save}>
      <Text size="xs" c={save === 'failed' ? 'red.7' : 'dimmed'}>
        {t(`intakeUi.save.${save}`)}
      </Text>
      {save === 'failed' && (
        <Button size="compact-xs" variant="light" color="red" onClick={() => void flush(caseId)}>
          {t('intakeUi.save.retry')}
        </Button>
      )}
    </Group>
  );
}
