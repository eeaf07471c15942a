/** Where the commenter lives, optional: a province, then a commune of it (two native selects: the phone's own picker). */
import { useMemo } from 'react';
import type { Locality } from '../../api/public-consultation.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { localityChoices } from './draft-model.ts';

export interface LocalityFieldsProps {
  id: string;
  localities: readonly Locality[];
  provinceId: string;
  communeId: string;
  onChange: (provinceId: string, communeId: string) => void;
  flagged: boolean;
}

export function LocalityFields({ id, localities, provinceId, communeId, onChange, flagged }: LocalityFieldsProps) {
  const { t } = useI18n();
  const choices = useMemo(() => localityChoices(localities), [localities]);
  if (choices.provinces.length === 0) return null;
  const below = choices.below.get(provinceId) ?? [];
  const className = flagged ? 'pc-input invalid' : 'pc-input';
  return (
    <fieldset className="pc-group-fields">
      <legend>{t('pub.form.locality')}</legend>
      <div className="pc-field">
        <label htmlFor={`${id}-province`}>{t('pub.form.province')}</label>
        <select id={`${id}-province`} className={className} value={provinceId} aria-invalid={flagged} onChange={(event) => onChange(event.target.value, '')}>
          <option value="">{t('pub.form.none')}</option>
          {choices.provinces.map((choice) => <option key={choice.id} value={choice.id}>{choice.label}</option>)}
        </select>
      </div>
      {below.length === 0 ? null : (
        <div className="pc-field">
          <label htmlFor={`${id}-commune`}>{t('pub.form.commune')}</label>
          <select id={`${id}-commune`} className={className} value={communeId} aria-invalid={flagged} onChange={(event) => onChange(provinceId, event.target.value)}>
            <option value="">{t('pub.form.none')}</option>
            {below.map((choice) => <option key={choice.id} value={choice.id}>{choice.label}</option>)}
          </select>
        </div>
      )}
    </fieldset>
  );
}
