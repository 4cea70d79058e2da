// §5.1.a: who stands at the desk and their identity document; for a representative the power of
// attorney; the identity checklist of the regulation version for this kind of applicant.
import { Fieldset, Grid, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { identityDocumentTypes } from '../../../../../shared/api/intake';
import { useT } from '../../../i18n/useT';
import { useIntakeStore } from '../../../stores/intake';
import { Checklist, fieldId, FormDate, FormSelect, FormText, FormTextarea } from '../fields';
import type { PanelProps } from './types';

const entityTypes = ['legalEntity', 'foreignEntityEffectiveManagement'];

export function IdentityPanel({ caseId, entry, step }: PanelProps) {
  const t = useT();
  const edit = useIntakeStore((s) => s.edit);
  const flush = useIntakeStore((s) => s.flush);
  const { view, draft } = entry;
  const entity = entityTypes.includes(view.applicantType);
  const representative = entity || draft.presentedBy === 'representative';
  const bind = { caseId, draft, step };

  return (
    <Stack gap="sm">
      {entity ? (
        <Text size="sm" c="dimmed">
          {t('intakeUi.presentedBy.entityHint')}
        </Text>
      ) : (
        <Radio.Group
          label={t('intakeUi.presentedBy')}
          value={draft.presentedBy ?? ''}
          onChange={(value) => {
            edit(caseId, 'presentedBy', value);
            void flush(caseId);
          }}
        >
          <Group gap="lg" mt={4}>
            <Radio value="applicant" label={t('intakeUi.presentedBy.applicant')} id={fieldId('presentedBy')} />
            <Radio value="representative" label={t('intakeUi.presentedBy.representative')} />
          </Group>
        </Radio.Group>
      )}

      <Fieldset legend={representative ? t('intakeUi.identity.representative') : t('intakeUi.identity.applicant')} p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <FormText {...bind} path="person.surname" label={t('intakeUi.person.surname')} maxLength={100} autoFocusHere />
          <FormText {...bind} path="person.givenName" label={t('intakeUi.person.givenName')} maxLength={100} />
          <FormText {...bind} path="person.patronymic" label={t('intakeUi.person.patronymic')} maxLength={100} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('intakeUi.document')} p="sm">
        <Grid gap="sm">
          <Grid.Col span={5}>
            <FormSelect
              {...bind}
              path="identityDocument.type"
              label={t('intakeUi.document.type')}
              placeholder={t('intakeUi.document.choose')}
              options={identityDocumentTypes.map((type) => ({ value: type, label: t(`intakeUi.document.type.${type}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <FormText {...bind} path="identityDocument.number" label={t('intakeUi.document.number')} maxLength={30} />
          </Grid.Col>
          <Grid.Col span={4}>
            <FormText {...bind} path="identityDocument.issuer" label={t('intakeUi.document.issuer')} maxLength={200} />
          </Grid.Col>
          <Grid.Col span={4}>
            <FormDate {...bind} path="identityDocument.issuedOn" label={t('intakeUi.document.issuedOn')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <FormDate {...bind} path="identityDocument.expiresOn" label={t('intakeUi.document.expiresOn')} />
          </Grid.Col>
        </Grid>
      </Fieldset>

      {representative && (
        <Fieldset legend={t('intakeUi.poa')} p="sm" data-testid="power-of-attorney">
          <Text size="xs" c="dimmed" mb="xs">
            {entity ? t('intakeUi.poa.hintEntity') : t('intakeUi.poa.hintIndividual')}
          </Text>
          <SimpleGrid cols={3} spacing="sm">
            <FormText {...bind} path="powerOfAttorney.number" label={t('intakeUi.poa.number')} maxLength={50} />
            <FormDate {...bind} path="powerOfAttorney.issuedOn" label={t('intakeUi.poa.issuedOn')} />
            <FormDate {...bind} path="powerOfAttorney.validUntil" label={t('intakeUi.poa.validUntil')} />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm" mt="sm">
            <FormText {...bind} path="powerOfAttorney.issuedBy" label={t('intakeUi.poa.issuedBy')} maxLength={200} />
            <FormTextarea {...bind} path="powerOfAttorney.powers" label={t('intakeUi.poa.powers')} maxLength={1000} />
          </SimpleGrid>
        </Fieldset>
      )}

      <Checklist caseId={caseId} draft={draft} items={view.checklists.identity} legend={`${t('intakeUi.checklist')} (${step.ref})`} />
    </Stack>
  );
}
