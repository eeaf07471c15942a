/** The browser entry: providers (query cache, language, antd locale and theme) around the app. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/queries.ts';
import { AntdProvider } from './app/antd-provider.tsx';
import { App } from './app/app.tsx';
import './app/app.css';
import { I18nProvider } from './i18n/i18n-context.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider>
        <AntdProvider>
          <App />
        </AntdProvider>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
