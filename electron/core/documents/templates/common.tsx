/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Building blocks shared by the forms: the state header (Ministry of Finance, State Revenue
// Committee, department, office), signature lines, the QR block and the draft watermark
// printed on previews, so that a preview can never pass for an issued document.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { label } from '../format';
import type { TextMeasure } from '../measure';
import { QrCode } from '../qr';
import type { DocumentLocale, OfficeHeader } from '../types';

/** What every template receives besides its data. */
export interface TemplateContext {
  fontFamily: string;
  /** The QR payload (registration number + data hash); null for forms without a QR code. */
  qr: string | null;
  /** A preview: printed with a watermark. */
  draft: boolean;
  /** Text widths from the registered fonts, for templates that paginate themselves. */
  measure: TextMeasure;
}

export interface TemplateProps<D> {
  data: D;
  ctx: TemplateContext;
}

export const mm = (value: number): number => (value * 72) / 25.4;

export const colors = { text: '#000000', muted: '#4d4d4d', rule: '#000000', faint: '#bfbfbf' } as const;

export const base = StyleSheet.create({
  page: { paddingTop: mm(15), paddingBottom: mm(15), paddingLeft: mm(25), paddingRight: mm(15), fontSize: 11, color: colors.text },
  bold: { fontWeight: 'bold' },
  center: { textAlign: 'center' },
  muted: { color: colors.muted },
  small: { fontSize: 9 },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center', marginTop: mm(6), marginBottom: mm(5) },
  paragraph: { textAlign: 'justify', marginBottom: mm(3) },
  signatureRule: { borderBottomWidth: 0.75, borderBottomColor: colors.rule, width: mm(40), height: 14 },
});

/** Ministry, committee, department and office, centred, in the document's language. */
export function StateHeader({ office, locale }: { office: OfficeHeader; locale: DocumentLocale }) {
  return (
    <View style={{ alignItems: 'center', marginBottom: mm(2) }}>
      <Text style={[base.bold, base.center]}>{label(locale, 'doc.header.ministry')}</Text>
      <Text style={[base.bold, base.center]}>{label(locale, 'doc.header.committee')}</Text>
      <Text style={[base.center, { marginTop: 2 }]}>{office.department[locale]}</Text>
      <Text style={base.center}>{office.office[locale]}</Text>
      <View style={{ borderBottomWidth: 1, borderBottomColor: colors.rule, width: '100%', marginTop: mm(2) }} />
    </View>
  );
}

/** A signature line with the caption under it, e.g. "(қолы)". */
export function SignatureLine({ caption, width = 40 }: { caption: string; width?: number }) {
  return (
    <View style={{ width: mm(width), alignItems: 'center' }}>
      <View style={[base.signatureRule, { width: mm(width) }]} />
      <Text style={[base.muted, { fontSize: 7 }]}>{`(${caption})`}</Text>
    </View>
  );
}

/** The QR code with its caption, for outgoing documents. */
export function QrBlock({ payload, locale, sizeMm = 26 }: { payload: string; locale: DocumentLocale; sizeMm?: number }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }} wrap={false}>
      <QrCode text={payload} sizePt={mm(sizeMm)} />
      <Text style={[base.muted, { fontSize: 7, width: mm(45), marginLeft: mm(2) }]}>{label(locale, 'doc.qr.caption')}</Text>
    </View>
  );
}

/** Page sizes in points, for elements placed against the whole sheet. */
export const a4 = { width: 595.28, height: 841.89 } as const;
export const a4Landscape = { width: a4.height, height: a4.width } as const;

/**
 * The diagonal "draft" mark of a preview, repeated on every page, under the content. Its box is
 * the whole sheet given in points: a box stretched with bottom/right drifts on a short last page.
 */
export function DraftMark({ locale, page, fontSize = 96 }: { locale: DocumentLocale; page: { width: number; height: number }; fontSize?: number }) {
  return (
    <Text
      fixed
      style={{
        position: 'absolute',
        top: page.height / 2 - fontSize * 0.65,
        left: 0,
        width: page.width,
        textAlign: 'center',
        fontSize,
        fontWeight: 'bold',
        color: colors.faint,
        opacity: 0.5,
        transform: 'rotate(-35deg)',
        transformOrigin: '50% 50%',
      }}
    >
      {label(locale, 'doc.draft')}
    </Text>
  );
}

/** A numbered list item with a hanging indent. */
export function NumberedItem({ n, children }: { n: number; children: ReactNode }) {
  return (
    <View style={{ flexDirection: 'row', marginBottom: mm(1.5) }} wrap={false}>
      <Text style={{ width: mm(7) }}>{`${n})`}</Text>
      <View style={{ flex: 1 }}>{children}</View>
    </View>
  );
}
