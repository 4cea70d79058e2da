/** @jsxRuntime automatic */
/** @jsxImportSource react */
// §5.1.e: the registration stamp for the applicant's second copy of the tax application —
// incoming number, date, the accepting officer's surname and initials and a signature line —
// printed on a self-adhesive label whose size (mm) is part of the data.
import { Page, Text, View } from '@react-pdf/renderer';
import { formatDate, label } from '../format';
import type { SecondCopyStampData } from '../types';
import { colors, DraftMark, mm, type TemplateProps } from './common';

export function SecondCopyStampTemplate({ data, ctx }: TemplateProps<SecondCopyStampData>) {
  const { locale, label: size } = data;
  // Designed at 70 × 40 mm; smaller or larger labels scale the type with them.
  const scale = Math.min(size.widthMm / 70, size.heightMm / 40);
  const fs = (pt: number) => Math.round(pt * scale * 10) / 10;
  const row = (caption: string, value: string) => (
    <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
      <Text style={{ fontSize: fs(7.5), width: mm(19 * scale), color: colors.muted }}>{caption}</Text>
      <Text style={{ fontSize: fs(9), fontWeight: 'bold', flex: 1 }}>{value}</Text>
    </View>
  );
  return (
    <Page size={[mm(size.widthMm), mm(size.heightMm)]} style={{ fontFamily: ctx.fontFamily, padding: mm(2) }}>
      {ctx.draft && <DraftMark locale={locale} page={{ width: mm(size.widthMm), height: mm(size.heightMm) }} fontSize={fs(28)} />}
      <View style={{ flex: 1, borderWidth: 1.2, borderColor: colors.rule, borderRadius: mm(2), paddingHorizontal: mm(2.5), paddingVertical: mm(1.5), justifyContent: 'space-between' }}>
        <Text style={{ fontSize: fs(6.5), textAlign: 'center' }}>{data.office[locale]}</Text>
        <Text style={{ fontSize: fs(9.5), fontWeight: 'bold', textAlign: 'center', letterSpacing: 1.5 * scale }}>{label(locale, 'doc.stamp.title')}</Text>
        {row(label(locale, 'doc.stamp.number'), data.registrationNumber)}
        {row(label(locale, 'doc.stamp.date'), formatDate(data.date))}
        {row(label(locale, 'doc.stamp.officer'), data.officerShortName)}
        <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
          <Text style={{ fontSize: fs(7.5), width: mm(19 * scale), color: colors.muted }}>{label(locale, 'doc.stamp.signature')}</Text>
          <View style={{ flex: 1, borderBottomWidth: 0.75, borderBottomColor: colors.rule, height: fs(10) }} />
        </View>
      </View>
    </Page>
  );
}
