/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Appendix 2: the journal of issued outgoing documents for a date range, columns 1–10, on A4
// landscape. Rows are packed into pages in advance (journalLayout.ts), each page repeats the
// title and the two-level header row as `fixed` elements in its top padding, and the footer
// carries "Page N of M". Rows never split across pages.
import { Page, Text, View } from '@react-pdf/renderer';
import type { MessageKey } from '../../../../shared/i18n';
import { formatDate, label } from '../format';
import type { JournalData, JournalRow } from '../types';
import { a4Landscape, colors, DraftMark, type TemplateProps } from './common';
import { cellTexts, columnWidths as cw, geometry as g, headerHeight, paddingTop, paginate, rowsArea } from './journalLayout';

const ruled = { borderColor: colors.rule, borderRightWidth: g.rule } as const;

function HeadCell({ width, height, text }: { width: number; height: number; text: string }) {
  return (
    <View style={[ruled, { width, height, justifyContent: 'center', paddingHorizontal: 2 }]}>
      <Text style={{ textAlign: 'center' }}>{text}</Text>
    </View>
  );
}

/** Two stacked header levels: the group's caption over its sub-columns. */
function GroupHead({ caption, columns }: { caption: string; columns: [string, number][] }) {
  const width = columns.reduce((sum, [, w]) => sum + w, 0);
  return (
    <View style={{ width }}>
      <View style={[ruled, { height: g.groupHeadHeight, justifyContent: 'center', paddingHorizontal: 2, borderBottomWidth: g.rule }]}>
        <Text style={{ textAlign: 'center' }}>{caption}</Text>
      </View>
      <View style={{ flexDirection: 'row' }}>
        {columns.map(([text, w]) => (
          <HeadCell key={text} width={w} height={g.subHeadHeight} text={text} />
        ))}
      </View>
    </View>
  );
}

function Header({ data }: { data: JournalData }) {
  const { locale } = data;
  const c = (key: MessageKey) => label(locale, key);
  const period = label(locale, 'doc.journal.period', { from: formatDate(data.from), to: formatDate(data.to) });
  return (
    <View fixed style={{ position: 'absolute', top: g.marginTop, left: g.paddingLeft, right: g.paddingRight }}>
      <View style={{ height: g.titleHeight, alignItems: 'center' }}>
        <Text style={{ fontSize: 12, fontWeight: 'bold' }}>{c('doc.journal.title')}</Text>
        <Text style={{ fontSize: 9 }}>{`${data.office.office[locale]} · ${period}`}</Text>
      </View>
      <View style={{ flexDirection: 'row', borderTopWidth: g.rule, borderLeftWidth: g.rule, borderBottomWidth: g.rule, borderColor: colors.rule, fontSize: 7, fontWeight: 'bold' }}>
        <HeadCell width={cw[0]} height={headerHeight} text={c('doc.journal.col.no')} />
        <GroupHead
          caption={c('doc.journal.col.taxpayer')}
          columns={[
            [c('doc.journal.col.name'), cw[1]],
            [c('doc.journal.col.taxpayerId'), cw[2]],
          ]}
        />
        <HeadCell width={cw[3]} height={headerHeight} text={c('doc.journal.col.outgoing')} />
        <HeadCell width={cw[4]} height={headerHeight} text={c('doc.journal.col.recipient')} />
        <GroupHead
          caption={c('doc.journal.col.presented')}
          columns={[
            [c('doc.journal.col.presentedName'), cw[5]],
            [c('doc.journal.col.presentedNumber'), cw[6]],
            [c('doc.journal.col.presentedSeries'), cw[7]],
          ]}
        />
        <HeadCell width={cw[8]} height={headerHeight} text={c('doc.journal.col.signature')} />
        <HeadCell width={cw[9]} height={headerHeight} text={c('doc.journal.col.issuedOn')} />
      </View>
      <View style={{ flexDirection: 'row', borderLeftWidth: g.rule, borderBottomWidth: g.rule, borderColor: colors.rule, fontSize: 6.5 }}>
        {cw.map((w, i) => (
          <View key={i} style={[ruled, { width: w, height: g.numbersHeight, justifyContent: 'center' }]}>
            <Text style={{ textAlign: 'center' }}>{String(i + 1)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

// Each cell is a bordered Text of its own (no wrapping View): half the layout nodes of a
// 1,000-row journal.
const cellStyle = cw.map((width, i) => ({
  ...ruled,
  width,
  paddingHorizontal: g.cellPaddingX,
  paddingVertical: g.cellPaddingY,
  textAlign: i === 0 || i === 9 ? ('center' as const) : ('left' as const),
}));

function Row({ row }: { row: JournalRow }) {
  return (
    <View wrap={false} style={{ flexDirection: 'row', borderLeftWidth: g.rule, borderBottomWidth: g.rule, borderColor: colors.rule }}>
      {cellTexts(row).map((text, i) => (text === '' ? <View key={i} style={cellStyle[i]} /> : <Text key={i} style={cellStyle[i]}>{text}</Text>))}
    </View>
  );
}

export function JournalTemplate({ data, ctx }: TemplateProps<JournalData>) {
  const { locale } = data;
  const pages = paginate(ctx.measure, data.rows);
  const printed = label(locale, 'doc.journal.printed', { date: formatDate(data.printedOn) });
  return (
    <>
      {pages.map((rows, p) => (
        <Page
          key={p}
          size="A4"
          orientation="landscape"
          wrap={false}
          style={{ fontFamily: ctx.fontFamily, fontSize: g.fontSize, paddingTop, paddingBottom: g.paddingBottom, paddingLeft: g.paddingLeft, paddingRight: g.paddingRight }}
        >
          {ctx.draft && <DraftMark locale={locale} page={a4Landscape} />}
          <Header data={data} />
          {/* A page that is not split has the height of its content: this box makes it a full sheet. */}
          <View style={{ height: rowsArea }}>
            {rows.map((row, i) => (
              <Row key={i} row={row} />
            ))}
            {rows.length === 0 && (
              <View style={{ borderLeftWidth: g.rule, borderRightWidth: g.rule, borderBottomWidth: g.rule, borderColor: colors.rule, padding: 6 }}>
                <Text style={{ textAlign: 'center' }}>{label(locale, 'doc.journal.empty')}</Text>
              </View>
            )}
          </View>
          <View fixed style={{ position: 'absolute', bottom: g.paddingBottom - 16, left: g.paddingLeft, right: g.paddingRight, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: colors.muted }}>
            <Text>{printed}</Text>
            <Text>{label(locale, 'doc.journal.page', { page: p + 1, total: pages.length })}</Text>
          </View>
        </Page>
      ))}
    </>
  );
}
