import type { ThemeConfig } from 'antd';

/**
 * One look for the whole product: an official deep blue, Chinese typefaces first, and text colours
 * dark enough for WCAG AA contrast (Ant Design's default grey secondary text is not).
 */
export const BRAND = {
  navy: '#0f3a7d',
  blue: '#1a4fa0',
  gold: '#e8b64c',
  red: '#b4151b',
  pageBg: '#f3f5f9',
} as const;

export const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const HEADER_HEIGHT = 60;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.blue,
    colorLink: BRAND.blue,
    colorInfo: BRAND.blue,
    colorError: BRAND.red,
    colorSuccess: '#1e7a3c',
    colorWarning: '#b56a00',
    colorText: 'rgba(0, 0, 0, 0.88)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorBgLayout: BRAND.pageBg,
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    lineHeight: 1.6,
  },
  components: {
    Layout: { headerBg: BRAND.navy, headerHeight: HEADER_HEIGHT, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: BRAND.pageBg },
    Menu: { itemSelectedBg: '#e7eefa', itemSelectedColor: BRAND.navy, groupTitleColor: 'rgba(0, 0, 0, 0.62)', itemBorderRadius: 6 },
    Table: { headerBg: '#eef2f8', headerColor: '#1b2a41', rowHoverBg: '#f5f8fd', headerSplitColor: '#d9e0ea', borderColor: '#e3e8ef' },
    Card: { headerFontSize: 16 },
    Tabs: { itemColor: 'rgba(0, 0, 0, 0.72)' },
    Pagination: { itemActiveColor: BRAND.navy },
  },
};
