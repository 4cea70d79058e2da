/** @jsxRuntime automatic */
/** @jsxImportSource react */
// §5.1.b: the notice declining to accept the documents at the desk when the package is
// incomplete — which documents are missing and why — in two copies, signed by the officer and
// countersigned by the applicant. The application is not registered, so there is no number
// and no QR code.
import { Page, Text, View } from '@react-pdf/renderer';
import { formatDate, label } from '../format';
import type { DeclineNoticeData } from '../types';
import { a4, base, DraftMark, mm, NumberedItem, SignatureLine, StateHeader, type TemplateProps } from './common';

export function DeclineNoticeTemplate({ data, ctx }: TemplateProps<DeclineNoticeData>) {
  const { locale } = data;
  return (
    <Page size="A4" style={[base.page, { fontFamily: ctx.fontFamily }]}>
      {ctx.draft && <DraftMark locale={locale} page={a4} />}
      <StateHeader office={data.office} locale={locale} />
      <Text style={base.title}>{label(locale, 'doc.decline.title')}</Text>

      <View style={{ marginBottom: mm(3) }}>
        <Text style={base.muted}>{label(locale, 'doc.decline.applicant')}</Text>
        <Text style={base.bold}>{data.applicant.name}</Text>
        <Text>{`${label(locale, 'doc.taxpayerId')}: ${data.applicant.taxpayerId}`}</Text>
      </View>

      <Text style={base.paragraph}>{label(locale, 'doc.decline.body', { office: data.office.office[locale] })}</Text>

      <Text style={[base.bold, { marginBottom: mm(1) }]}>{label(locale, 'doc.decline.missing')}</Text>
      <View style={{ marginLeft: mm(5), marginBottom: mm(2) }}>
        {data.missing.map((item, i) => (
          <NumberedItem key={i} n={i + 1}>
            <Text>{item.text}</Text>
          </NumberedItem>
        ))}
      </View>

      {data.reasons !== '' && (
        <View style={{ marginBottom: mm(2) }}>
          <Text style={[base.bold, { marginBottom: mm(1) }]}>{label(locale, 'doc.decline.reasons')}</Text>
          <Text style={base.paragraph}>{data.reasons}</Text>
        </View>
      )}

      <Text style={base.paragraph}>{label(locale, 'doc.decline.copies')}</Text>

      <View style={{ marginTop: mm(6) }} wrap={false}>
        <Text style={base.muted}>{label(locale, 'doc.decline.officer')}</Text>
        <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: mm(1) }}>
          <View style={{ width: '55%' }}>
            <Text>{data.officer.position}</Text>
            <Text style={base.bold}>{data.officer.fullName}</Text>
          </View>
          <SignatureLine caption={label(locale, 'doc.signature')} />
        </View>
      </View>

      <View style={{ marginTop: mm(8) }} wrap={false}>
        <Text style={base.muted}>{label(locale, 'doc.decline.received')}</Text>
        <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: mm(6) }}>
          <View style={{ width: '55%', borderBottomWidth: 0.75, height: 14 }} />
          <SignatureLine caption={label(locale, 'doc.signature')} />
        </View>
      </View>

      <Text style={{ marginTop: mm(8) }}>{label(locale, 'doc.decline.date', { date: formatDate(data.date) })}</Text>
    </Page>
  );
}
