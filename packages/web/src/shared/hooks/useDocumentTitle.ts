import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab says which page this is, so screen readers announce it and history is readable. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${product}` : product;
  }, [title, product]);
}
