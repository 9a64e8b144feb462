/** The interface languages: Chinese first (the default), English available. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'plantrack.language';

export function toLanguage(value: string | null | undefined): Language {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** The language the user chose last time on this device; Chinese otherwise (PRODUCT.md: Chinese first). */
export function storedLanguage(): Language {
  try {
    return toLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'zh-CN';
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}
