/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The document confirming residency of the Republic of Kazakhstan. Laid out bilingually
// (Kazakh, the state language, first; then Russian) with an English line under each label for
// the foreign tax authority; signed by the head of the provider and sealed (Appendix 5,
// ҚФБ 2), or signed with an EDS when issued electronically; QR code with the registration
// number and the data hash.
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { formatDate, label } from '../format';
import type { ResidencyCertificateData } from '../types';
import { a4, base, colors, DraftMark, mm, QrBlock, SignatureLine, type TemplateProps } from './common';

const en = (key: MessageKey) => label('ru', `${key}.en` as MessageKey);
const trilingual = (key: MessageKey) => `${label('kk', key)} / ${label('ru', key)} / ${en(key)}`;

/** A label in Kazakh, Russian and English, stacked. */
function TriLabel({ k }: { k: MessageKey }) {
  return (
    <View>
      <Text>{label('kk', k)}</Text>
      <Text>{label('ru', k)}</Text>
      <Text style={base.muted}>{en(k)}</Text>
    </View>
  );
}

function Row({ k, children, last = false }: { k: MessageKey; children: ReactNode; last?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', borderBottomWidth: last ? 0 : 0.75, borderBottomColor: colors.rule }} wrap={false}>
      <View style={{ width: mm(62), paddingHorizontal: 4, paddingVertical: 2.5, fontSize: 7, borderRightWidth: 0.75, borderRightColor: colors.rule }}>
        <TriLabel k={k} />
      </View>
      <View style={{ flex: 1, paddingHorizontal: 4, paddingVertical: 2.5, fontSize: 10 }}>{children}</View>
    </View>
  );
}

function HeaderColumn({ locale, data }: { locale: 'kk' | 'ru'; data: ResidencyCertificateData }) {
  return (
    <View style={{ width: '47%', alignItems: 'center' }}>
      <Text style={[base.bold, base.center]}>{label(locale, 'doc.header.ministry')}</Text>
      <Text style={[base.bold, base.center]}>{label(locale, 'doc.header.committee')}</Text>
      <Text style={[base.center, { marginTop: 2 }]}>{data.office.department[locale]}</Text>
      <Text style={base.center}>{data.office.office[locale]}</Text>
    </View>
  );
}

export function ResidencyCertificateTemplate({ data, ctx }: TemplateProps<ResidencyCertificateData>) {
  const { period } = data;
  const periodKey: MessageKey = period.kind === 'year' ? 'doc.cert.year' : 'doc.cert.range';
  const periodText = period.kind === 'year' ? String(period.year) : `${formatDate(period.from)} – ${formatDate(period.to)}`;
  return (
    <Page size="A4" style={[base.page, { fontFamily: ctx.fontFamily, fontSize: 8.5, paddingTop: mm(10), paddingBottom: mm(10) }]}>
      {ctx.draft && <DraftMark locale={data.locale} page={a4} />}
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', fontSize: 8.5 }}>
        <HeaderColumn locale="kk" data={data} />
        <HeaderColumn locale="ru" data={data} />
      </View>
      <View style={{ borderBottomWidth: 1, borderBottomColor: colors.rule, marginTop: mm(2) }} />

      <View style={{ marginTop: mm(4), marginBottom: mm(3), alignItems: 'center' }}>
        <Text style={[base.bold, base.center, { fontSize: 12 }]}>{label('kk', 'doc.cert.title')}</Text>
        <Text style={[base.bold, base.center, { fontSize: 12 }]}>{label('ru', 'doc.cert.title')}</Text>
        <Text style={[base.bold, base.center, { fontSize: 11.5, marginTop: 1 }]}>{en('doc.cert.title')}</Text>
      </View>

      <Text style={[base.paragraph, { marginBottom: mm(1.5) }]}>{label('kk', 'doc.cert.statement')}</Text>
      <Text style={[base.paragraph, { marginBottom: mm(1.5) }]}>{label('ru', 'doc.cert.statement')}</Text>
      <Text style={[base.paragraph, base.muted, { marginBottom: mm(1.5) }]}>{en('doc.cert.statement')}</Text>

      <View style={{ borderWidth: 0.75, borderColor: colors.rule, marginTop: mm(1) }}>
        <Row k="doc.cert.taxpayer">
          <Text style={base.bold}>{data.taxpayer.name}</Text>
        </Row>
        <Row k="doc.cert.taxpayerId">
          <Text style={base.bold}>{data.taxpayer.taxpayerId}</Text>
        </Row>
        <Row k="doc.cert.address">
          <Text>{data.taxpayer.address}</Text>
        </Row>
        <Row k="doc.cert.state">
          <Text style={base.bold}>{data.foreignState.kk}</Text>
          <Text style={base.bold}>{data.foreignState.ru}</Text>
          <Text style={[base.bold, base.muted]}>{data.foreignState.en}</Text>
        </Row>
        <Row k={periodKey}>
          <Text style={base.bold}>{periodText}</Text>
        </Row>
        <Row k="doc.cert.number">
          <Text style={base.bold}>{`№\u00a0${data.registrationNumber}`}</Text>
          <Text>{formatDate(data.issuedOn)}</Text>
        </Row>
        <Row k="doc.cert.issuer" last>
          <Text>{data.office.office.kk}</Text>
          <Text>{data.office.office.ru}</Text>
        </Row>
      </View>

      <View style={{ flexDirection: 'row', marginTop: mm(5), alignItems: 'flex-start' }} wrap={false}>
        <View style={{ width: mm(62), fontSize: 8.5 }}>
          <Text>{data.head.position.kk}</Text>
          <Text>{data.head.position.ru}</Text>
          <Text style={base.muted}>{data.head.position.en}</Text>
        </View>
        <View style={{ flex: 1, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', paddingLeft: mm(4) }}>
          <View style={{ marginTop: mm(4) }}>
            <SignatureLine caption={`${label('kk', 'doc.signature')} / ${label('ru', 'doc.signature')} / signature`} width={38} />
          </View>
          <View style={{ width: mm(22), height: mm(22), borderRadius: mm(11), borderWidth: 0.5, borderColor: colors.faint, borderStyle: 'dashed', justifyContent: 'center', alignItems: 'center' }}>
            <Text style={[base.muted, { fontSize: 8 }]}>{`${label('kk', 'doc.cert.seal')} / ${label('ru', 'doc.cert.seal')} / ${en('doc.cert.seal')}`}</Text>
          </View>
          <Text style={[base.bold, { marginTop: mm(6), fontSize: 10 }]}>{data.head.fullName}</Text>
        </View>
      </View>

      <View style={{ flexDirection: 'row', marginTop: mm(4), alignItems: 'flex-start' }} wrap={false}>
        <View style={{ flex: 1, borderWidth: 0.75, borderColor: colors.rule, padding: 4, fontSize: 7.5, marginRight: mm(4) }}>
          <Text style={base.bold}>{trilingual('doc.cert.eds')}</Text>
          {data.eds ? (
            <>
              <EdsLine k="doc.cert.eds.signer" value={data.eds.signer} />
              <EdsLine k="doc.cert.eds.serial" value={data.eds.certificateSerial} />
              <EdsLine k="doc.cert.eds.signedAt" value={data.eds.signedAt} />
            </>
          ) : (
            <>
              <Text style={{ marginTop: 3 }}>{label('kk', 'doc.cert.eds.none')}</Text>
              <Text>{label('ru', 'doc.cert.eds.none')}</Text>
              <Text style={base.muted}>{en('doc.cert.eds.none')}</Text>
            </>
          )}
        </View>
        {ctx.qr && <QrBlock payload={ctx.qr} locale={data.locale} sizeMm={22} />}
      </View>
    </Page>
  );
}

function EdsLine({ k, value }: { k: MessageKey; value: string }) {
  return (
    <View style={{ marginTop: 2, flexDirection: 'row' }}>
      <Text style={{ width: '62%' }}>{`${trilingual(k)}:`}</Text>
      <Text style={[base.bold, { flex: 1 }]}>{value}</Text>
    </View>
  );
}
