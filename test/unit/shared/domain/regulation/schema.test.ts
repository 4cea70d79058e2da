// Loading a regulation version refuses broken files with a readable path and a Kazakh and
// Russian message: first for the shape (JSON, types, dates, enums, unknown keys), then for the
// meaning (ids, intake total, coverage of applicant types, refusal grounds, dates, roles).
import { describe, expect, it } from 'vitest';
import { parseRegulationVersion, type RegulationIssue } from '../../../../../shared/domain/regulation';
import { editableCopy, errorsOf, procedureIndex, setAt, type Editable } from './helpers';

/** The single error of a version edited by `edit`. */
function onlyError(edit: (v: Editable) => void): RegulationIssue {
  const v = editableCopy();
  edit(v);
  const errors = errorsOf(v);
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  return errors[0] as RegulationIssue;
}

describe('parseRegulationVersion: shape', () => {
  it('accepts the exported JSON text and the parsed object alike', () => {
    const v = editableCopy();
    expect(parseRegulationVersion(JSON.stringify(v)).ok).toBe(true);
    expect(parseRegulationVersion(v).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    const [e] = errorsOf('{"id": "kz-residency-2015",');
    expect(e?.path).toBe('');
    expect(e?.message.kk).toMatch(/^JSON мәтіні оқылмады: /);
    expect(e?.message.ru).toMatch(/^Не удалось прочитать текст JSON: /);
  });

  it.each([[42], [[]], ['"text"']])('refuses %j, which is not a version object', (input) => {
    const [e] = errorsOf(input);
    expect(e).toEqual({ path: '', message: { kk: 'Мәннің түрі дұрыс емес: объект болуы керек', ru: 'Неверный тип значения: ожидается объект' } });
  });

  it.each([[null], ['null'], [undefined]])('refuses %j as an empty version', (input) => {
    expect(errorsOf(input)).toEqual([{ path: '', message: { kk: 'Міндетті өріс толтырылмаған', ru: 'Обязательное поле не заполнено' } }]);
  });

  it.each<[string, string, unknown, string, string]>([
    ['a missing title', 'title', undefined, 'Міндетті өріс толтырылмаған', 'Обязательное поле не заполнено'],
    ['a blank Kazakh title', 'title.kk', '   ', 'Міндетті өріс толтырылмаған', 'Обязательное поле не заполнено'],
    ['a norm written as text', 'procedures.2.norm.amount', '5', 'Мәннің түрі дұрыс емес: сан болуы керек', 'Неверный тип значения: ожидается число'],
    ['a negative norm', 'procedures.2.norm.amount', -5, 'Мән нөлден үлкен болуы керек', 'Значение должно быть больше нуля'],
    ['an unknown unit', 'procedures.2.norm.unit', 'hours', 'Рұқсат етілген мәндер: seconds, minutes, calendarDays', 'Допустимые значения: seconds, minutes, calendarDays'],
    ['an impossible date', 'effectiveFrom', '2015-02-30', 'Күн ЖЖЖЖ-АА-КК пішімінде және күнтізбеде бар күн болуы керек', 'Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре'],
    ['a date in another format', 'effectiveFrom', '04.06.2015', 'Күн ЖЖЖЖ-АА-КК пішімінде және күнтізбеде бар күн болуы керек', 'Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре'],
    ['an id with a space', 'id', 'kz residency', 'Идентификаторда бос орын болмауы керек', 'Идентификатор не должен содержать пробелов'],
    ['an empty list of grounds', 'refusalGrounds', [], 'Тізім бос болмауы керек', 'Список не должен быть пустым'],
    ['a future schema', 'schemaVersion', 2, 'Рұқсат етілген мәндер: 1', 'Допустимые значения: 1'],
    ['a fractional appendix number', 'source.order.appendix', 17.5, 'Мәннің түрі дұрыс емес: бүтін сан болуы керек', 'Неверный тип значения: ожидается целое число'],
    ['an unknown actor', 'procedures.0.actor', 'clerk', 'Рұқсат етілген мәндер: frontDesk, processing, supervisor, admin, stateCorporation, system, applicant', 'Допустимые значения: frontDesk, processing, supervisor, admin, stateCorporation, system, applicant'],
    ['a yes/no written as text', 'refusalGrounds.0.active', 'yes', 'Мәннің түрі дұрыс емес: логикалық мән (true/false) болуы керек', 'Неверный тип значения: ожидается логическое значение (true/false)'],
    ['a list written as an object', 'procedures', {}, 'Мәннің түрі дұрыс емес: тізім болуы керек', 'Неверный тип значения: ожидается список'],
    ['a record written as a list', 'channels', [], 'Мәннің түрі дұрыс емес: объект болуы керек', 'Неверный тип значения: ожидается объект'],
  ])('refuses %s at %s', (_what, path, value, kk, ru) => {
    const e = onlyError((v) => setAt(v, path, value));
    expect(e).toEqual({ path: path.replace(/\.(\d+)/g, '[$1]'), message: { kk, ru } });
  });

  it('points at each misspelt key', () => {
    const v = editableCopy();
    setAt(v, 'procedures.0.nrom', { amount: 2, unit: 'minutes' });
    setAt(v, 'procedures.0.titel', 'x');
    expect(errorsOf(v)).toEqual([
      { path: 'procedures[0].nrom', message: { kk: 'Белгісіз өріс (регламент нұсқасының сызбасында жоқ)', ru: 'Неизвестное поле (отсутствует в схеме версии регламента)' } },
      { path: 'procedures[0].titel', message: { kk: 'Белгісіз өріс (регламент нұсқасының сызбасында жоқ)', ru: 'Неизвестное поле (отсутствует в схеме версии регламента)' } },
    ]);
  });

  it('reports every shape problem at once, and no meaning problems until the shape is right', () => {
    const v = editableCopy();
    setAt(v, 'effectiveFrom', 'soon');
    setAt(v, 'intake.total.amount', 'twenty');
    setAt(v, 'channels.portal', undefined);
    setAt(v, 'procedures.1.id', '5.1.a'); // a duplicate id, a meaning problem, not reported yet
    expect(errorsOf(v).map((e) => e.path)).toEqual(['effectiveFrom', 'channels.portal', 'intake.total.amount']);
  });
});

describe('parseRegulationVersion: meaning', () => {
  it('refuses two procedures with one id', () => {
    const e = onlyError((v) => {
      const i = procedureIndex(v, '9.4');
      (v.procedures[i] as { id: string }).id = '9.1';
    });
    expect(e.path).toBe('procedures[12].id');
    expect(e.message).toEqual({ kk: 'Рәсімнің «9.1» идентификаторы қайталанады', ru: 'Процедура: идентификатор «9.1» повторяется' });
  });

  it('refuses intake steps whose norms do not add up to the total', () => {
    const e = onlyError((v) => setAt(v, `procedures.${procedureIndex(v, '5.1.c')}.norm.amount`, 7));
    expect(e).toEqual({
      path: 'intake.total',
      message: {
        kk: 'Қабылдау қадамдары нормаларының қосындысы (22 мин) жалпы нормаға (20 мин) тең емес',
        ru: 'Сумма норм шагов приёма (22 мин) не равна общей норме (20 мин)',
      },
    });
  });

  it('accepts a changed step when the total changes with it', () => {
    const v = editableCopy();
    setAt(v, `procedures.${procedureIndex(v, '5.1.c')}.norm.amount`, 7);
    setAt(v, 'intake.total.amount', 22);
    expect(parseRegulationVersion(v).ok).toBe(true);
  });

  it('refuses an intake step that is not among the procedures', () => {
    const e = onlyError((v) => setAt(v, 'intake.steps.2.procedureId', '5.1.z'));
    expect(e).toEqual({
      path: 'intake.steps[2].procedureId',
      message: { kk: '«5.1.z» рәсімі рәсімдер тізімінде жоқ', ru: 'Процедура «5.1.z» отсутствует в списке процедур' },
    });
  });

  it('refuses the same intake step twice', () => {
    const v = editableCopy();
    setAt(v, 'intake.steps.5.procedureId', '5.1.a');
    expect(errorsOf(v)).toEqual([
      { path: 'intake.steps[5].procedureId', message: { kk: 'Қабылдау қадамының «5.1.a» идентификаторы қайталанады', ru: 'Шаг приёма: идентификатор «5.1.a» повторяется' } },
    ]);
  });

  it('refuses an intake step that is not a desk acceptance step, or not timed', () => {
    const v = editableCopy();
    setAt(v, 'intake.steps.5.procedureId', '5.2');
    expect(errorsOf(v)).toEqual([
      {
        path: 'intake.steps[5].procedureId',
        message: {
          kk: '«5.2» қабылдау қадамы кеңседегі құжаттарды қабылдау кезеңіне жатуы керек',
          ru: 'Шаг приёма «5.2» должен относиться к этапу приёма документов в канцелярии',
        },
      },
      {
        path: 'intake.steps[5].procedureId',
        message: { kk: '«5.2» нормасы минутпен немесе секундпен берілуі керек', ru: 'Норма «5.2» должна быть задана в минутах или секундах' },
      },
    ]);
  });

  it('refuses an intake total in calendar days', () => {
    const e = onlyError((v) => setAt(v, 'intake.total.unit', 'calendarDays'));
    expect(e.path).toBe('intake.total.unit');
    expect(e.message.ru).toBe('Норма «§5.1» должна быть задана в минутах или секундах');
  });

  it('accepts the same total written in seconds', () => {
    const v = editableCopy();
    setAt(v, 'intake.total', { amount: 1200, unit: 'seconds' });
    expect(parseRegulationVersion(v).ok).toBe(true);
  });

  it('refuses norms that are not whole seconds or whole days', () => {
    const v = editableCopy();
    setAt(v, `procedures.${procedureIndex(v, '5.3')}.norm.amount`, 10.001);
    setAt(v, `procedures.${procedureIndex(v, '9.3')}.norm.amount`, 14.5);
    setAt(v, `procedures.${procedureIndex(v, 'portal.process2')}.norm.amount`, 30.5);
    expect(errorsOf(v).map((e) => [e.path, e.message.ru])).toEqual([
      ['procedures[8].norm.amount', 'Норма должна составлять целое число секунд'],
      ['procedures[11].norm.amount', 'Число календарных дней должно быть целым'],
      ['procedures[14].norm.amount', 'Норма должна составлять целое число секунд'],
    ]);
  });

  it('refuses a term counted inside an unknown procedure or inside itself', () => {
    const v = editableCopy();
    setAt(v, `procedures.${procedureIndex(v, '9.3')}.withinTermOf`, '5.9');
    setAt(v, `procedures.${procedureIndex(v, 'office.approval')}.withinTermOf`, 'office.approval');
    expect(errorsOf(v).map((e) => [e.path, e.message.kk])).toEqual([
      ['procedures[7].withinTermOf', '«office.approval» рәсімі өз мерзіміне сілтеме жасай алмайды'],
      ['procedures[11].withinTermOf', '«5.9» рәсімі рәсімдер тізімінде жоқ'],
    ]);
  });

  it('refuses an assumed norm without an explanation', () => {
    const e = onlyError((v) => setAt(v, `procedures.${procedureIndex(v, '9.3')}.note`, undefined));
    expect(e).toEqual({
      path: 'procedures[11].note',
      message: { kk: 'Шартты түрде алынған нормаға түсіндірме (note) қажет', ru: 'Для принятой условно нормы требуется пояснение (note)' },
    });
  });

  it('refuses an officer’s procedure done by a role other than its stage’s', () => {
    const e = onlyError((v) => setAt(v, `procedures.${procedureIndex(v, '5.3')}.actor`, 'supervisor'));
    expect(e.path).toBe('procedures[8].actor');
    expect(e.message.ru).toBe('Процедуру «5.3» выполняет «supervisor», а этап закреплён за ролью «frontDesk»');
  });

  it('refuses a processing rule that disagrees with its procedure', () => {
    expect(onlyError((v) => setAt(v, 'processing.deadlineCalendarDays', 10))).toEqual({
      path: 'processing.deadlineCalendarDays',
      message: {
        kk: 'Өңдеу мерзімі (10 күн) өңдеу рәсімінің нормасымен (15 күн) сәйкес келмейді',
        ru: 'Срок обработки (10 дн.) не совпадает с нормой процедуры обработки (15 дн.)',
      },
    });
    expect(onlyError((v) => setAt(v, 'processing.procedureId', '5.3')).message.ru).toBe(
      'Норма процедуры обработки «5.3» должна быть задана в календарных днях',
    );
    expect(onlyError((v) => setAt(v, 'processing.procedureId', '5.x')).path).toBe('processing.procedureId');
  });

  it('refuses a version with no completeness checklist for an applicant type', () => {
    const e = onlyError((v) => setAt(v, 'checklists.completeness.byApplicantType.individualEntrepreneur', undefined));
    expect(e).toEqual({
      path: 'checklists.completeness.byApplicantType.individualEntrepreneur',
      message: {
        kk: '«individualEntrepreneur» өтініш берушісі үшін құжаттардың толықтығын тексеру тізбесі жоқ',
        ru: 'Нет перечня проверки комплектности документов для типа заявителя «individualEntrepreneur»',
      },
    });
  });

  it('refuses an empty completeness checklist and an unknown applicant type', () => {
    const v = editableCopy();
    setAt(v, 'checklists.completeness.byApplicantType.legalEntity', []);
    setAt(v, 'checklists.completeness.byApplicantType.trust', []);
    expect(errorsOf(v).map((e) => e.path)).toEqual([
      'checklists.completeness.byApplicantType.legalEntity',
      'checklists.completeness.byApplicantType.trust',
    ]);
  });

  it('refuses repeated check items in the identity and completeness lists', () => {
    const v = editableCopy();
    setAt(v, 'checklists.identity.variants.inPerson.2.id', 'nameMatches');
    setAt(v, 'checklists.completeness.byApplicantType.individual.1.id', 'taxApplication');
    expect(errorsOf(v).map((e) => [e.path, e.message.ru])).toEqual([
      ['checklists.identity.variants.inPerson[2].id', 'Пункт проверки: идентификатор «nameMatches» повторяется'],
      ['checklists.completeness.byApplicantType.individual[1].id', 'Пункт проверки: идентификатор «taxApplication» повторяется'],
    ]);
  });

  it('refuses registry fields that leave an applicant type with nothing to compare, or repeat an id', () => {
    const v = editableCopy();
    for (const f of v.checklists.registryFields.fields) f.appliesTo = f.appliesTo.filter((t) => t !== 'legalEntity');
    v.checklists.registryFields.fields = v.checklists.registryFields.fields.filter((f) => f.appliesTo.length > 0);
    setAt(v, 'checklists.registryFields.fields.1.id', 'iinBin');
    expect(errorsOf(v).map((e) => [e.path, e.message.ru])).toEqual([
      ['checklists.registryFields.fields', 'Для типа заявителя «legalEntity» нет ни одного поля сверки с регистрационными данными'],
      ['checklists.registryFields.fields[1].id', 'Поле сверки: идентификатор «iinBin» повторяется'],
    ]);
  });

  it('refuses a version without the coupon, or with a document or form field twice', () => {
    const v = editableCopy();
    v.outgoingDocuments = v.outgoingDocuments.filter((d) => d.id !== 'coupon');
    setAt(v, 'outgoingDocuments.1.id', 'residencyCertificate');
    setAt(v, 'outgoingDocuments.4.fields.1.id', 'number');
    expect(errorsOf(v).map((e) => [e.path, e.message.ru])).toEqual([
      ['outgoingDocuments[1].id', 'Исходящий документ: идентификатор «residencyCertificate» повторяется'],
      ['outgoingDocuments[4].fields[1].id', 'Поле формы: идентификатор «number» повторяется'],
      ['outgoingDocuments', 'Не определён обязательный исходящий документ «reasonedRefusal»'],
      ['outgoingDocuments', 'Не определён обязательный исходящий документ «coupon»'],
    ]);
  });

  it('refuses repeated refusal-ground codes', () => {
    const e = onlyError((v) => setAt(v, 'refusalGrounds.3.code', 'notResident'));
    expect(e).toEqual({
      path: 'refusalGrounds[3].code',
      message: { kk: 'Бас тарту негізінің «notResident» идентификаторы қайталанады', ru: 'Основание для отказа: идентификатор «notResident» повторяется' },
    });
  });

  it('refuses a version where no refusal ground is active, and accepts one active', () => {
    const v = editableCopy();
    for (const g of v.refusalGrounds) g.active = false;
    expect(errorsOf(v)).toEqual([
      { path: 'refusalGrounds', message: { kk: 'Бас тартудың кемінде бір негізі қолданыста болуы керек', ru: 'Хотя бы одно основание для отказа должно быть действующим' } },
    ]);
    (v.refusalGrounds[2] as { active: boolean }).active = true;
    expect(parseRegulationVersion(v).ok).toBe(true);
  });

  it.each(['2015-06-04', '2015-01-01'])('refuses an end date (%s) not after the start', (effectiveTo) => {
    expect(onlyError((v) => setAt(v, 'effectiveTo', effectiveTo))).toEqual({
      path: 'effectiveTo',
      message: {
        kk: 'Қолданылу басталатын күн аяқталатын күннен бұрын болуы керек',
        ru: 'Дата начала действия должна быть раньше даты окончания',
      },
    });
  });

  it('accepts an end date after the start', () => {
    const v = editableCopy();
    setAt(v, 'effectiveTo', '2020-01-01');
    const result = parseRegulationVersion(v);
    expect(result.ok && result.version.effectiveTo).toBe('2020-01-01');
  });

  it('refuses repeated note ids', () => {
    expect(onlyError((v) => setAt(v, 'notes.1.id', 'effectiveFrom')).path).toBe('notes[1].id');
  });

  it('writes every message in both languages', () => {
    const v = editableCopy();
    setAt(v, 'refusalGrounds.3.code', 'notResident');
    setAt(v, 'effectiveTo', '2000-01-01');
    setAt(v, 'notes.1.id', 'effectiveFrom');
    for (const e of errorsOf(v)) {
      expect(e.message.kk).not.toBe(e.message.ru);
      expect(e.message.kk.length).toBeGreaterThan(10);
    }
  });
});
