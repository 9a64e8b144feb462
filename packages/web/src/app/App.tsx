import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router-dom';
import { useLanguage } from '../i18n/useLanguage';
import { prefetchHome } from './prefetch-home';
import { createQueryClient } from './query-client';
import { router } from './router';
import { appTheme } from './theme';

/** Providers: data cache, Ant Design theme and locale (following the interface language), routes. */
export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchHome(client);
    return client;
  });
  const [language] = useLanguage();

  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  }, [language]);

  return (
    <ConfigProvider theme={appTheme} locale={language === 'zh-CN' ? zhCN : enUS}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
