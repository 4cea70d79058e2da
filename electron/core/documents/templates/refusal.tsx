/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Result (2) of the service: the reasoned refusal (Standard §10 grounds). An official letter:
// outgoing number and date, the addressee, the grounds chosen from the regulation version's
// list with their codes and references, the officer's reasoning, how to appeal, the head's
// signature, the executor, and the QR code with the registration number and the data hash.
import { Page, Text, View } from '@react-pdf/renderer';
import { formatDate, label } from '../format';
import type { RefusalData } from '../types';
import { a4, base, DraftMark, mm, NumberedItem, QrBlock, SignatureLine, StateHeader, type TemplateProps } from './common';

export function RefusalTemplate({ data, ctx }: TemplateProps<RefusalData>) {
  const { locale } = data;
  return (
    <Page size="A4" style={[base.page, { fontFamily: ctx.fontFamily }]}>
      {ctx.draft && <DraftMark locale={locale} page={a4} />}
      <StateHeader office={data.office} locale={locale} />

      <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: mm(3) }}>
        <Text style={{ width: '45%' }}>{label(locale, 'doc.refusal.outgoing', { number: data.registrationNumber, date: formatDate(data.issuedOn) })}</Text>
        <View style={{ width: '50%' }}>
          <Text style={base.muted}>{label(locale, 'doc.refusal.to')}</Text>
          <Text style={base.bold}>{data.addressee.name}</Text>
          <Text>{`${label(locale, 'doc.taxpayerId')}: ${data.addressee.taxpayerId}`}</Text>
          <Text>{data.addressee.address}</Text>
        </View>
      </View>

      <Text style={base.title}>{label(locale, 'doc.refusal.title')}</Text>

      <Text style={base.paragraph}>
        {label(locale, 'doc.refusal.body', {
          date: formatDate(data.application.date),
          number: data.application.registrationNumber,
          office: data.office.office[locale],
        })}
      </Text>
      <View style={{ marginLeft: mm(5), marginBottom: mm(2) }}>
        {data.grounds.map((g, i) => (
          <NumberedItem key={i} n={i + 1}>
            <Text>{g.text}</Text>
            <Text style={[base.muted, base.small]}>{label(locale, 'doc.refusal.groundRef', { code: g.code, ref: g.ref })}</Text>
          </NumberedItem>
        ))}
      </View>

      <Text style={[base.bold, { marginBottom: mm(1) }]}>{label(locale, 'doc.refusal.reasoning')}</Text>
      <Text style={base.paragraph}>{data.reasoning}</Text>

      <Text style={base.paragraph}>{label(locale, 'doc.refusal.appeal', { authority: data.appealAuthority })}</Text>

      <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: mm(8) }} wrap={false}>
        <Text style={[base.bold, { width: '40%' }]}>{data.head.position}</Text>
        <SignatureLine caption={label(locale, 'doc.signature')} />
        <Text style={[base.bold, { width: '30%', textAlign: 'right' }]}>{data.head.fullName}</Text>
      </View>

      <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: mm(12) }} wrap={false}>
        <View style={[base.small, base.muted]}>
          <Text>{label(locale, 'doc.refusal.executor', { name: data.executor.fullName })}</Text>
          {data.executor.phone !== '' && <Text>{label(locale, 'doc.refusal.phone', { phone: data.executor.phone })}</Text>}
        </View>
        {ctx.qr && <QrBlock payload={ctx.qr} locale={locale} sizeMm={24} />}
      </View>
    </Page>
  );
}
