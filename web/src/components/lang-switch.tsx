/** The Vietnamese / English switch; the choice is remembered in this browser. */
import Segmented from 'antd/es/segmented';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Lang } from '../i18n/translate.ts';

/** Two buttons, VI and EN. */
export function LangSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <Segmented<Lang>
      aria-label={t('lang.label')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: <span lang="vi" title={t('lang.vi')}>VI</span> },
        { value: 'en', label: <span lang="en" title={t('lang.en')}>EN</span> },
      ]}
    />
  );
}
