import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';

const MEASURES = ['standard', 'keyboard', 'focus', 'labels', 'errors', 'zoom', 'contrast', 'language', 'tests'];
const LIMITATIONS = ['audit', 'fonts'];

/** Toegankelijkheidsverklaring: what we promise (WCAG 2.2 AA), how we check it, where to report. */
export function AccessibilityPage() {
  const t = useT();
  return (
    <div className="vk-prose">
      <PageHeading title={t('a11y.title')} />
      <Paragraph appearance="lead">{t('a11y.intro')}</Paragraph>

      <Heading level={2}>{t('a11y.status.title')}</Heading>
      <Paragraph>{t('a11y.status.text')}</Paragraph>

      <Heading level={2}>{t('a11y.measures.title')}</Heading>
      <UnorderedList>
        {MEASURES.map((m) => (
          <UnorderedListItem key={m}>{t(`a11y.measures.${m}`)}</UnorderedListItem>
        ))}
      </UnorderedList>

      <Heading level={2}>{t('a11y.limitations.title')}</Heading>
      <UnorderedList>
        {LIMITATIONS.map((m) => (
          <UnorderedListItem key={m}>{t(`a11y.limitations.${m}`)}</UnorderedListItem>
        ))}
      </UnorderedList>

      <Heading level={2}>{t('a11y.contact.title')}</Heading>
      <Paragraph>{t('a11y.contact.text')}</Paragraph>

      <Heading level={2}>{t('a11y.date.title')}</Heading>
      <Paragraph>{t('a11y.date.text')}</Paragraph>
    </div>
  );
}
