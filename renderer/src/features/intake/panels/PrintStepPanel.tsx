// §5.1.e and §5.1.f: the step is printing one form — the registration stamp for the second copy
// or the coupon for the applicant. The form is made once (a reprint prints the same document),
// previewed, printed, and the print logged; then Enter completes the step.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PrintRecord } from '../../../../../shared/api';
import type { MessageKey } from '../../../../../shared/i18n';
import { useT } from '../../../i18n/useT';
import { useDocumentsStore } from '../../../stores/documents';
import { useIntakeStore, type IntakeDocumentKind } from '../../../stores/intake';
import { PrintDialog } from '../../documents/PrintDialog';
import { fieldId } from '../fields';
import { RegistrationCard } from '../RegistrationCard';
import type { PanelProps } from './types';

export function PrintStepPanel({
  caseId,
  entry,
  focusComplete,
  kind,
  hint,
  action,
}: PanelProps & { kind: IntakeDocumentKind; hint: MessageKey; action: MessageKey }) {
  const t = useT();
  const printDocument = useIntakeStore((s) => s.printDocument);
  const { view, busy } = entry;
  const documentId = view.documents.filter((d) => d.kind === kind).at(-1)?.id ?? null;
  const prints = useDocumentsStore((s) => (documentId ? s.prints[documentId] : undefined));
  const [showing, setShowing] = useState<string | null>(null);
  const last = prints?.at(-1);

  async function open() {
    const id = await printDocument(caseId, kind);
    if (id) setShowing(id);
  }

  function closed(record: PrintRecord | null) {
    setShowing(null);
    if (record) focusComplete();
    else document.getElementById(fieldId(kind))?.focus();
  }

  return (
    <Stack gap="sm">
      {view.registration && <RegistrationCard registration={view.registration} />}
      <Text size="sm">{t(hint)}</Text>
      <Group gap="sm">
        <Button id={fieldId(kind)} size="md" onClick={() => void open()} loading={busy === 'print'} variant={documentId ? 'default' : 'filled'} data-autofocus>
          {documentId ? t('intakeUi.printAgain') : t(action)}
        </Button>
        {last && (
          <Text size="sm" c="green.8" fw={600} data-testid="printed">
            {t('intakeUi.printed', { printer: last.printer, copies: last.copies })}
          </Text>
        )}
      </Group>
      <PrintDialog documentId={showing} kind={kind} onClose={closed} />
    </Stack>
  );
}

export const SecondCopyPanel = (props: PanelProps) => (
  <PrintStepPanel {...props} kind="secondCopyStamp" hint="intakeUi.secondCopy.hint" action="intakeUi.secondCopy.print" />
);

export const CouponPanel = (props: PanelProps) => <PrintStepPanel {...props} kind="coupon" hint="intakeUi.coupon.hint" action="intakeUi.coupon.print" />;
