import { Table, TableCaption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A table that scrolls in its own region (sideways on a narrow screen, down in a long table),
 * so the page never gets wider than the screen; the header row and the first column stay in
 * view (app.css). The region can be focused so keyboard users can scroll it too. The visible
 * caption stands above the region, so it wraps on a phone; the table keeps its <caption> for
 * assistive technology.
 */
export function ScrollTable({ id, caption, captionHidden = false, children }: { id: string; caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <>
      {!captionHidden && (
        <p className="vk-table__caption" aria-hidden="true">
          {caption}
        </p>
      )}
      <div className="vk-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <Table id={id} className="vk-table">
          <TableCaption id={`${id}-caption`} className="vk-visually-hidden">
            {caption}
          </TableCaption>
          {children}
        </Table>
      </div>
    </>
  );
}
