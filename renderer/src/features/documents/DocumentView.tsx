// A stored document shown in place (a draft under review, the issued copy): the PDF with its
// pages and zoom, loaded once (stored documents never change).
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useDocumentsStore } from '../../stores/documents';

// pdf.js is large: loaded the first time a document is shown.
const PdfPreview = lazy(() => import('./PdfPreview').then((m) => ({ default: m.PdfPreview })));

export function DocumentView({ documentId, title, height = 640 }: { documentId: string; title: string; height?: number }) {
  const t = useT();
  const load = useDocumentsStore((s) => s.load);
  const file = useDocumentsStore((s) => s.files[documentId]);
  const error = useDocumentsStore((s) => s.errors[documentId]);

  useEffect(() => {
    void load(documentId);
  }, [documentId, load]);

  const loading = (
    <Center h={height}>
      <Loader size="sm" aria-label={t('docUi.loading')} />
    </Center>
  );
  if (error) return <ErrorAlert error={error} />;
  if (!file) return loading;
  return (
    <div data-testid="document-view" data-document={documentId}>
      <Suspense fallback={loading}>
        <PdfPreview pdfBase64={file.pdfBase64} title={title} height={height} />
      </Suspense>
    </div>
  );
}
