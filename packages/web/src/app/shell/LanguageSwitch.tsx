import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/language';
import { useLanguage } from '../../i18n/useLanguage';

/** 中文 / English: switches every text, date and quarter format, and the language of server messages. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Segmented<Language>
      className={className}
      size="small"
      aria-label={t('shell.language')}
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
