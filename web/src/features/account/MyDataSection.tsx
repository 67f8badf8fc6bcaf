// "Download mijn gegevens": the member's own AVG export, as a summary to read (PDF) and as a JSON file.
import { ButtonGroup, ButtonLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/I18nProvider';
import { myExportPdfUrl, myExportUrl } from '../privacy/avg';

export function MyDataSection() {
  const t = useT();
  return (
    <section aria-labelledby="my-data-heading" className="vk-section">
      <Heading level={2} id="my-data-heading">
        {t('avg.myData.title')}
      </Heading>
      <Paragraph>{t('avg.myData.text')}</Paragraph>
      <ButtonGroup>
        <ButtonLink href={myExportPdfUrl} download="vakkompas-mijn-gegevens.pdf" appearance="secondary-action-button">
          {t('avg.myData.downloadPdf')}
        </ButtonLink>
        <ButtonLink href={myExportUrl} download="vakkompas-mijn-gegevens.json" appearance="secondary-action-button">
          {t('avg.myData.download')}
        </ButtonLink>
      </ButtonGroup>
      <Paragraph className="vk-hint">{t('avg.myData.erasure')}</Paragraph>
    </section>
  );
}
