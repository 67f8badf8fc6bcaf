import { Heading } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';

/** Sets the page <title> for this page. */
export function usePageTitle(title: string) {
  const t = useT();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [title, t]);
}

/**
 * The page's one <h1>, which also sets the document title. It can take focus (tabIndex -1), so
 * that after a client-side navigation a screen reader starts reading at the new page.
 */
export function PageHeading({ children, title }: { children?: React.ReactNode; title: string }) {
  usePageTitle(title);
  return (
    <Heading level={1} tabIndex={-1} id="page-heading" className="vk-page-heading">
      {children ?? title}
    </Heading>
  );
}
