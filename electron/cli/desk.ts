// `npm run desk -- <command>`: the administrators' command line. Human output in Kazakh (or
// --lang ru), --json for scripts; a non-zero exit code on any error.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { computeDeadline, type Deadline } from '../../shared/domain/calendar';
import { validateTaxpayerId, type TaxpayerIdQuery } from '../../shared/domain/identifiers';
import { exportRegulationVersion, RegulationError, regulationForCase, regulationInForce } from '../../shared/domain/regulation';
import type { Locale, Localized } from '../../shared/domain/text';
import { openCore, type Core } from '../core/core';
import { currentCalendar, loadRegulationVersion, regulationVersions } from '../core/reference/referenceData';
import { kzDate } from '../core/time';
import { appendAudit } from '../core/audit/auditLog';

const root = fileURLToPath(new URL('../..', import.meta.url));

const usage = `Residency Desk — administrators' command line

  npm run desk -- check-id <IIN|BIN> [--kind any|iin|bin] [--today YYYY-MM-DD]
  npm run desk -- deadline <registration date YYYY-MM-DD> [--regulation <version id>]
  npm run desk -- regulation list
  npm run desk -- regulation export <version id>        (JSON to standard output)
  npm run desk -- regulation load <file.json>

Options: --json (machine-readable output), --lang kk|ru (default kk),
         --data-dir <folder> (the store; default $DESK_DATA_DIR or .desk-data/web)`;

/** A failure the administrator should read: printed, exit code 1. */
class CliError extends Error {
  constructor(
    readonly text: Localized,
    readonly details: unknown = undefined,
  ) {
    super(text.ru);
  }
}

interface Output {
  json: boolean;
  lang: Locale;
}

function print(out: Output, human: string, data: unknown): void {
  console.log(out.json ? JSON.stringify(data, null, 2) : human);
}

function checkId(value: string | undefined, kind: TaxpayerIdQuery, today: string, out: Output): void {
  if (!value) throw new CliError({ kk: 'ЖСН немесе БСН көрсетіңіз.', ru: 'Укажите ИИН или БИН.' });
  const result = validateTaxpayerId(value, kind, { today });
  if (!result.ok) {
    const lines = result.reasons.map((r) => `  – ${r.message[out.lang]}`).join('\n');
    print(out, `${value}: ${out.lang === 'kk' ? 'жарамсыз' : 'недействителен'}\n${lines}`, result);
    process.exitCode = 1;
    return;
  }
  const human =
    result.kind === 'iin'
      ? out.lang === 'kk'
        ? `${result.value}: жарамды ЖСН — туған күні ${result.birthDate}, жынысы ${result.sex === 'male' ? 'ер' : 'әйел'}`
        : `${result.value}: действительный ИИН — дата рождения ${result.birthDate}, пол ${result.sex === 'male' ? 'мужской' : 'женский'}`
      : out.lang === 'kk'
        ? `${result.value}: жарамды БСН — тіркелген ${result.registrationYear}-${String(result.registrationMonth).padStart(2, '0')}, түрі ${result.type}, бөлімше ${result.unit}`
        : `${result.value}: действительный БИН — регистрация ${result.registrationYear}-${String(result.registrationMonth).padStart(2, '0')}, вид ${result.type}, подразделение ${result.unit}`;
  print(out, human, result);
}

const weekendName: Localized = { kk: 'демалыс күні', ru: 'выходной' };

function describeDeadline(d: Deadline, regulationId: string, lang: Locale): string {
  const skipped = d.skipped.map((s) => `${s.date} (${(s.reason.kind === 'weekend' ? weekendName : s.reason.name)[lang]})`).join(', ');
  if (lang === 'kk') {
    return [
      `Мерзімі: ${d.due}${d.moved ? ` (күнтізбелік мерзім ${d.nominal} — жұмыс күні емес, келесі жұмыс күніне ауыстырылды; өткізілген күндер: ${skipped})` : ''}`,
      `Ереже: ${d.rule === 'nextWorkingDay' ? 'күнтізбелік күндер, демалыс болса — келесі жұмыс күні' : 'тек күнтізбелік күндер'}`,
      `Регламент нұсқасы: ${regulationId}; күнтізбе нұсқасы: ${d.calendarVersion}${d.outsideCalendar ? ' (күн күнтізбе шегінен тыс!)' : ''}`,
    ].join('\n');
  }
  return [
    `Срок: ${d.due}${d.moved ? ` (календарный срок ${d.nominal} — нерабочий день, перенесён на следующий рабочий день; пропущены: ${skipped})` : ''}`,
    `Правило: ${d.rule === 'nextWorkingDay' ? 'календарные дни, при выходном — следующий рабочий день' : 'только календарные дни'}`,
    `Версия регламента: ${regulationId}; версия календаря: ${d.calendarVersion}${d.outsideCalendar ? ' (дата вне календаря!)' : ''}`,
  ].join('\n');
}

function deadline(core: Core, registeredOn: string | undefined, regulationId: string | undefined, out: Output): void {
  if (!registeredOn) throw new CliError({ kk: 'Тіркеу күнін көрсетіңіз (ЖЖЖЖ-АА-КК).', ru: 'Укажите дату регистрации (ГГГГ-ММ-ДД).' });
  const versions = regulationVersions(core.db);
  try {
    const regulation = regulationId
      ? regulationForCase(versions, { registeredOn, pinnedVersionId: regulationId })
      : regulationInForce(versions, registeredOn);
    const result = computeDeadline(
      {
        registeredOn,
        calendarDays: regulation.processing.deadlineCalendarDays,
        moveToNextWorkingDay: regulation.processing.moveToNextWorkingDay,
      },
      currentCalendar(core.db),
    );
    print(out, describeDeadline(result, regulation.id, out.lang), { regulation: regulation.id, registeredOn, ...result });
  } catch (error) {
    if (error instanceof RegulationError) throw new CliError(error.text);
    if (error instanceof RangeError) throw new CliError({ kk: `Күн қате: ${registeredOn} (ЖЖЖЖ-АА-КК)`, ru: `Неверная дата: ${registeredOn} (ГГГГ-ММ-ДД)` });
    throw error;
  }
}

function regulation(core: Core, action: string | undefined, arg: string | undefined, out: Output): void {
  const versions = regulationVersions(core.db);
  if (action === 'list') {
    const rows = versions.map((v) => ({ id: v.id, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo ?? null, title: v.title }));
    print(out, rows.map((r) => `${r.id}\t${r.effectiveFrom}${r.effectiveTo ? ` – ${r.effectiveTo}` : ''}\t${r.title[out.lang]}`).join('\n'), rows);
    return;
  }
  if (action === 'export') {
    const version = versions.find((v) => v.id === arg);
    if (!version) {
      throw new CliError({ kk: `«${arg ?? ''}» регламент нұсқасы жоқ.`, ru: `Версии регламента «${arg ?? ''}» нет.` }, { known: versions.map((v) => v.id) });
    }
    process.stdout.write(exportRegulationVersion(version));
    return;
  }
  if (action === 'load') {
    if (!arg) throw new CliError({ kk: 'JSON файлын көрсетіңіз.', ru: 'Укажите файл JSON.' });
    let text: string;
    try {
      text = readFileSync(resolve(arg), 'utf8');
    } catch {
      throw new CliError({ kk: `Файл оқылмады: ${arg}`, ru: `Не удалось прочитать файл: ${arg}` });
    }
    const now = core.deps.clock.now();
    const result = core.db.transaction(() => {
      const loaded = loadRegulationVersion(core.db, text, { source: 'loaded', officerId: null, now });
      if (loaded.ok && loaded.status === 'loaded') {
        appendAudit(core.db, { officerId: null, action: 'regulation.load', details: { id: loaded.value.id, via: 'cli' } }, now);
      }
      return loaded;
    })();
    if (!result.ok) {
      const lines = result.errors.map((e) => `  – ${e.path}: ${e.message[out.lang]}`).join('\n');
      throw new CliError({ kk: `Регламент жүктелмеді:\n${lines}`, ru: `Регламент не загружен:\n${lines}` }, result.errors);
    }
    const { id, effectiveFrom } = result.value;
    const human =
      result.status === 'alreadyLoaded'
        ? { kk: `«${id}» нұсқасы бұрыннан жүктелген.`, ru: `Версия «${id}» уже загружена.` }
        : { kk: `«${id}» нұсқасы жүктелді, ${effectiveFrom} бастап күшіне енеді.`, ru: `Версия «${id}» загружена, действует с ${effectiveFrom}.` };
    print(out, human[out.lang], { id, effectiveFrom, status: result.status });
    return;
  }
  throw new CliError({ kk: 'Белгісіз әрекет: regulation list | export | load.', ru: 'Неизвестное действие: regulation list | export | load.' });
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'kk' },
      kind: { type: 'string', default: 'any' },
      today: { type: 'string' },
      regulation: { type: 'string' },
      'data-dir': { type: 'string', default: process.env['DESK_DATA_DIR'] ?? join(root, '.desk-data/web') },
      help: { type: 'boolean', default: false },
    },
  });
  const out: Output = { json: values.json, lang: values.lang === 'ru' ? 'ru' : 'kk' };
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    if (!command && !values.help) process.exitCode = 1;
    return;
  }
  if (command === 'check-id') {
    if (!['any', 'iin', 'bin'].includes(values.kind)) throw new CliError({ kk: '--kind: any, iin немесе bin', ru: '--kind: any, iin или bin' });
    return checkId(rest[0], values.kind as TaxpayerIdQuery, values.today ?? kzDate(new Date()), out);
  }
  if (command !== 'deadline' && command !== 'regulation') {
    throw new CliError({ kk: `Белгісіз команда: ${command}`, ru: `Неизвестная команда: ${command}` });
  }
  const core = await openCore({ dataDir: resolve(values['data-dir']), demo: false, host: 'test' });
  try {
    if (command === 'deadline') deadline(core, rest[0], values.regulation, out);
    else regulation(core, rest[0], rest[1], out);
  } finally {
    core.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const out = process.argv.includes('--json');
  const lang: Locale = process.argv.includes('ru') ? 'ru' : 'kk';
  if (error instanceof CliError) {
    if (out) console.log(JSON.stringify({ ok: false, message: error.text, details: error.details }, null, 2));
    else console.error(error.text[lang]);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(usage);
  }
  process.exit(1);
});
