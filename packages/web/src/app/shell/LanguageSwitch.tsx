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
        // On a phone the short names keep the header within the screen (global.css).
        {
          value: 'zh-CN',
          label: (
            <span lang="zh-CN">
              <span className="language-switch__long">中文</span>
              <span className="language-switch__short">中</span>
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en">
              <span className="language-switch__long">English</span>
              <span className="language-switch__short">EN</span>
            </span>
          ),
        },
      ]}
    />
  );
}
