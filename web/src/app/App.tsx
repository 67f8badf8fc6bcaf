import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../api/client';
import { queryKeys } from '../api/queries';
import { I18nProvider, type Locale } from '../i18n/I18nProvider';
import { AppRoutes } from './routes';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that ended (expired, logged out elsewhere) sends everyone back to log-in.
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== queryKeys.me()[0]) {
          client.setQueryData(queryKeys.me(), null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

/** Providers shared by the app and the component tests. */
export function Providers({ children, client, locale }: { children: ReactNode; client?: QueryClient; locale?: Locale }) {
  const [qc] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={qc}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}

export function App() {
  return (
    <Providers>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
