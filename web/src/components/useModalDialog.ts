import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a <dialog> as a modal while the component is mounted (focus stays inside, Esc cancels)
 * and closes it on unmount; `focus` is where the focus goes when it opens.
 */
export function useModalDialog<T extends HTMLDialogElement>(focus?: RefObject<HTMLElement | null>): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
    focus?.current?.focus();
    return () => {
      if (typeof d.close === 'function' && d.open) d.close();
    };
    // opened once, when mounted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
