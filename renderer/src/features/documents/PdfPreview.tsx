// A stored PDF on screen (react-pdf / pdf.js, its worker set up in api/pdfjs): page thumbnails
// down the side, the chosen page at a zoom that fits the width by default, − / + / fit controls,
// and a text layer (the PDF's text can be selected and read by a screen reader).
import { ActionIcon, Box, Button, Center, Group, Loader, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { Document, Page, Thumbnail, type DocumentProps } from 'react-pdf';
import 'react-pdf/dist/Page/TextLayer.css';
import { pdfjsOptions } from '../../api/pdfjs';
import { base64ToBytes } from '../../api/printing';
import { useT } from '../../i18n/useT';

const documentOptions: DocumentProps['options'] = pdfjsOptions;

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const maxZoom = 3;
/** Fitting the width never enlarges a small form (a stamp label) beyond this. */
const maxFitScale = 1.5;

type Zoom = { fit: true } | { fit: false; scale: number };

export function PdfPreview({ pdfBase64, title, height = 560 }: { pdfBase64: string; title: string; height?: number }) {
  const t = useT();
  const file = useMemo(() => ({ data: base64ToBytes(pdfBase64) }), [pdfBase64]);
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  // react-pdf draws scale 1 at one CSS pixel per PDF point.
  const [pageWidthPt, setPageWidthPt] = useState<number | null>(null);
  const [zoom, setZoom] = useState<Zoom>({ fit: true });
  const { ref: viewport, width: viewportWidth } = useElementSize();

  const fitScale = pageWidthPt && viewportWidth ? Math.min(maxFitScale, (viewportWidth - 24) / pageWidthPt) : 1;
  const scale = zoom.fit ? fitScale : zoom.scale;
  const stepZoom = (direction: 1 | -1) => {
    const next = direction > 0 ? zoomSteps.find((z) => z > scale + 0.01) : [...zoomSteps].reverse().find((z) => z < scale - 0.01);
    if (next) setZoom({ fit: false, scale: next });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'PageDown' && page < pages) setPage(page + 1);
    else if (event.key === 'PageUp' && page > 1) setPage(page - 1);
    else if (event.key === '+' || event.key === '=') stepZoom(1);
    else if (event.key === '-') stepZoom(-1);
    else return;
    event.preventDefault();
  };

  const loading = (
    <Center h={height}>
      <Loader size="sm" aria-label={t('docUi.loading')} />
    </Center>
  );

  return (
    <Stack gap="xs" data-testid="pdf-preview" data-pages={pages} data-scale={scale.toFixed(2)}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600} truncate>
          {title}
        </Text>
        <Group gap={4} wrap="nowrap" role="toolbar" aria-label={t('docUi.preview')}>
          <ActionIcon variant="default" onClick={() => stepZoom(-1)} aria-label={t('docUi.zoomOut')} disabled={scale <= zoomSteps[0]}>
            −
          </ActionIcon>
          <Text size="sm" w={48} ta="center" data-testid="pdf-zoom">
            {Math.round(scale * 100)}%
          </Text>
          <ActionIcon variant="default" onClick={() => stepZoom(1)} aria-label={t('docUi.zoomIn')} disabled={scale >= maxZoom}>
            +
          </ActionIcon>
          <Button variant="default" size="compact-sm" onClick={() => setZoom({ fit: true })} aria-pressed={zoom.fit}>
            {t('docUi.zoomFit')}
          </Button>
        </Group>
      </Group>
      {/* Without Suspense: the file is memoized here, inside what would be the suspended subtree. */}
      <Document
        suspense={false}
        file={file}
        options={documentOptions}
        onLoadSuccess={(pdf) => {
          setPages(pdf.numPages);
          setPage((p) => Math.min(Math.max(1, p), pdf.numPages));
        }}
        loading={loading}
        error={
          <Text c="red" role="alert" py="md">
            {t('docUi.loadFailed')}
          </Text>
        }
      >
        <Group align="stretch" gap="xs" wrap="nowrap">
          <ScrollArea h={height} w={132} type="auto" aria-label={t('docUi.pages')}>
            <Stack gap="xs" p={4}>
              {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
                <UnstyledButton
                  key={n}
                  onClick={() => setPage(n)}
                  aria-label={t('docUi.page', { n })}
                  aria-current={n === page ? 'page' : undefined}
                  data-testid="pdf-thumbnail"
                  style={{
                    border: `2px solid ${n === page ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-3)'}`,
                    borderRadius: 4,
                    padding: 2,
                    background: 'white',
                  }}
                >
                  <Thumbnail pageNumber={n} width={112} />
                  <Text size="xs" ta="center" c="dimmed">
                    {n}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea>
          <Box ref={viewport} style={{ flex: 1, minWidth: 0 }}>
            <ScrollArea h={height} type="auto" bg="gray.2" tabIndex={0} onKeyDown={onKeyDown} aria-label={t('docUi.page', { n: page })}>
              <Center p="sm" mih={height}>
                <Box style={{ boxShadow: '0 1px 4px rgba(0,0,0,0.25)', background: 'white' }}>
                  <Page
                    pageNumber={page}
                    scale={scale}
                    renderAnnotationLayer={false}
                    onLoadSuccess={(p) => setPageWidthPt(p.originalWidth)}
                    loading={loading}
                  />
                </Box>
              </Center>
            </ScrollArea>
          </Box>
        </Group>
      </Document>
    </Stack>
  );
}
