import { Table, TableCaption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A table with a caption that scrolls sideways on a narrow screen; the scroll area can be
 * focused so keyboard users can scroll it too.
 */
export function ScrollTable({ id, caption, captionHidden = false, children }: { id: string; caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="vk-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table id={id} className="vk-table">
        <TableCaption id={`${id}-caption`} className={captionHidden ? 'vk-visually-hidden' : 'vk-table__caption'}>
          {caption}
        </TableCaption>
        {children}
      </Table>
    </div>
  );
}
