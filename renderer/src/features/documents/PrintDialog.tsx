// Preview and print of a stored document: the PDF as it will come out, the printer and copies
// (the workstation's printers in Electron; the browser's own dialog in the web host), then the
// print is logged with the core (`documents.print`). Enter prints; Esc closes. A form rendered
// and not stored (the journal of a period) is previewed and printed the same way; having no
// stored record, its print cannot be logged.
import { Alert, Button, Center, Group, Loader, Modal, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError, PrintRecord } from '../../../../shared/api';
import type { DocumentKind } from '../../../../shared/api/contracts/documents';
import type { MessageKey } from '../../../../shared/i18n';
import { browserPrinter, printHost, type PrinterInfo } from '../../api/printing';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useDocumentsStore } from '../../stores/documents';

export const kindTitles: Record<DocumentKind, MessageKey> = {
  coupon: 'docUi.kind.coupon',
  secondCopyStamp: 'docUi.kind.secondCopyStamp',
  residencyCertificate: 'docUi.kind.residencyCertificate',
  refusal: 'docUi.kind.refusal',
  declineNotice: 'docUi.kind.declineNotice',
  journal: 'docUi.kind.journal',
};

// pdf.js is large: loaded the first time a document is shown.
const PdfPreview = lazy(() => import('./PdfPreview').then((m) => ({ default: m.PdfPreview })));

export interface PrintDialogProps {
  documentId: string | null;
  kind: DocumentKind;
  onClose(printed: PrintRecord | null): void;
  /** A rendered form that is not stored: shown and printed instead of `documentId`. */
  unstored?: { pdfBase64: string } | null;
}

export function PrintDialog({ documentId, kind, onClose, unstored = null }: PrintDialogProps) {
  const t = useT();
  const { load, logPrint } = useDocumentsStore();
  const stored = useDocumentsStore((s) => (documentId ? s.files[documentId] : undefined));
  const file = unstored ?? stored;
  const opened = documentId !== null || unstored !== null;
  const loadError = useDocumentsStore((s) => (documentId ? s.errors[documentId] : undefined));
  // Chosen when a document is opened (the host does not change while the dialog is up).
  const host = useMemo(() => printHost(), [documentId, opened]);
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [printer, setPrinter] = useState('');
  const [copies, setCopies] = useState(1);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [logError, setLogError] = useState<ApiError | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  // Once the document is there, Enter prints it.
  useEffect(() => {
    if (file) printButton.current?.focus();
  }, [file]);

  useEffect(() => {
    if (documentId) void load(documentId);
  }, [documentId, load]);

  useEffect(() => {
    if (!opened || host.kind !== 'system') return;
    let live = true;
    host
      .printers()
      .then((list) => {
        if (!live) return;
        setPrinters(list);
        setPrinter((current) => current || (list.find((p) => p.isDefault) ?? list[0])?.name || '');
      })
      .catch((error: unknown) => live && setFailure(String(error instanceof Error ? error.message : error)));
    return () => {
      live = false;
    };
  }, [opened, host]);

  async function print() {
    if (!file || busy || (host.kind === 'system' && !printer)) return;
    setBusy(true);
    setFailure(null);
    setLogError(null);
    // In the browser its own dialog chooses printer and copies: logged as one print to 'browser'.
    const count = host.kind === 'browser' ? 1 : copies;
    let target: string;
    try {
      target = await host.print(file.pdfBase64, { printer: host.kind === 'browser' ? browserPrinter : printer, copies: count });
    } catch (error) {
      setBusy(false);
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!stored || unstored) {
      setBusy(false);
      onClose(null);
      return;
    }
    const logged = await logPrint(stored.id, target, count);
    setBusy(false);
    if (logged.ok) onClose(logged.value);
    else setLogError(logged.error);
  }

  const title = t(kindTitles[kind]);
  return (
    <Modal opened={opened} onClose={() => onClose(null)} title={title} size={980} returnFocus={false} data-testid="print-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void print();
        }}
      >
        <Stack gap="sm">
          {loadError && <ErrorAlert error={loadError} />}
          {file ? (
            <Suspense
              fallback={
                <Center h={560}>
                  <Loader size="sm" aria-label={t('docUi.loading')} />
                </Center>
              }
            >
              <PdfPreview pdfBase64={file.pdfBase64} title={t('docUi.preview')} />
            </Suspense>
          ) : (
            !loadError && (
              <Center h={560}>
                <Loader size="sm" aria-label={t('docUi.loading')} />
              </Center>
            )
          )}
          {failure && (
            <Alert color="red" role="alert">
              {t('docUi.printFailed', { reason: failure })}
            </Alert>
          )}
          {logError && <ErrorAlert error={logError} />}
          <Group justify="space-between" align="flex-end" wrap="nowrap">
            {host.kind === 'system' ? (
              <Group gap="sm" wrap="nowrap">
                <NativeSelect
                  label={t('docUi.printer')}
                  value={printer}
                  onChange={(e) => setPrinter(e.currentTarget.value)}
                  data={printers.map((p) => ({ value: p.name, label: p.isDefault ? t('docUi.printerDefault', { name: p.displayName || p.name }) : p.displayName || p.name }))}
                  w={320}
                />
                <NumberInput label={t('docUi.copies')} value={copies} onChange={(v) => setCopies(Math.min(20, Math.max(1, Number(v) || 1)))} min={1} max={20} w={140} />
              </Group>
            ) : (
              <Text size="sm" c="dimmed" maw={520}>
                {t('docUi.browserPrint')}
              </Text>
            )}
            <Group gap="sm" wrap="nowrap">
              <Button variant="default" onClick={() => onClose(null)}>
                {t('docUi.close')}
              </Button>
              <Button
                type="submit"
                loading={busy}
                // Not disabled while the document loads: it takes the dialog's first focus, and
                // Enter before the document is there does nothing.
                aria-disabled={!file || (host.kind === 'system' && !printer)}
                ref={printButton}
                data-autofocus
              >
                {t('docUi.print')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
