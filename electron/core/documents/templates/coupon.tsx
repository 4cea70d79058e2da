/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Appendix 1: the coupon of receipt of the tax application (талон), handed to the applicant
// at §5.1.f. The eight numbered fields in the regulation's order, the officer's signature and
// the QR code with the registration number and the data hash.
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { dateInWords, formatDate, label } from '../format';
import type { CouponData } from '../types';
import { a4, base, colors, DraftMark, mm, QrBlock, SignatureLine, StateHeader, type TemplateProps } from './common';

function FieldRow({ n, caption, children, last = false }: { n: number; caption: string; children: ReactNode; last?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', borderBottomWidth: last ? 0 : 0.75, borderBottomColor: colors.rule }} wrap={false}>
      <Text style={{ width: mm(9), padding: 4, textAlign: 'center', borderRightWidth: 0.75, borderRightColor: colors.rule }}>{n}</Text>
      <Text style={[base.small, { width: mm(68), padding: 4, borderRightWidth: 0.75, borderRightColor: colors.rule }]}>{caption}</Text>
      <View style={{ flex: 1, padding: 4 }}>{children}</View>
    </View>
  );
}

export function CouponTemplate({ data, ctx }: TemplateProps<CouponData>) {
  const { locale } = data;
  const field = (n: number) => label(locale, `doc.coupon.field${n}` as MessageKey);
  return (
    <Page size="A4" style={[base.page, { fontFamily: ctx.fontFamily }]}>
      {ctx.draft && <DraftMark locale={locale} page={a4} />}
      <StateHeader office={data.office} locale={locale} />
      <Text style={base.title}>{label(locale, 'doc.coupon.title')}</Text>
      <View style={{ borderWidth: 0.75, borderColor: colors.rule }}>
        <FieldRow n={1} caption={field(1)}>
          <Text style={base.bold}>{data.taxpayer.name}</Text>
          <Text>{`${label(locale, 'doc.taxpayerId')}: ${data.taxpayer.taxpayerId}`}</Text>
        </FieldRow>
        <FieldRow n={2} caption={field(2)}>
          <Text>{data.incomingDocument}</Text>
        </FieldRow>
        <FieldRow n={3} caption={field(3)}>
          <Text>{formatDate(data.acceptedAt)}</Text>
        </FieldRow>
        <FieldRow n={4} caption={field(4)}>
          <Text style={[base.bold, { fontSize: 13 }]}>{data.registrationNumber}</Text>
        </FieldRow>
        <FieldRow n={5} caption={field(5)}>
          <Text>{data.outgoingDocument}</Text>
        </FieldRow>
        <FieldRow n={6} caption={field(6)}>
          <Text style={base.bold}>{formatDate(data.deadline)}</Text>
          <Text style={base.muted}>{`(${dateInWords(locale, data.deadline)})`}</Text>
        </FieldRow>
        <FieldRow n={7} caption={field(7)}>
          <Text style={[base.bold, { fontSize: 13 }]}>{data.window}</Text>
        </FieldRow>
        <FieldRow n={8} caption={field(8)} last>
          <Text>{data.officer.fullName}</Text>
          <Text>{data.officer.position}</Text>
          <View style={{ marginTop: mm(5), alignItems: 'flex-end' }}>
            <SignatureLine caption={label(locale, 'doc.signature')} />
          </View>
        </FieldRow>
      </View>
      {ctx.qr && (
        <View style={{ marginTop: mm(6) }}>
          <QrBlock payload={ctx.qr} locale={locale} />
        </View>
      )}
    </Page>
  );
}
