// The projector's keyboard shortcuts, as a pure function of a key press (tested without a
// page). Never while someone types in a field, never with Ctrl, Alt or Meta (the browser's
// own shortcuts stay the browser's).

export type ShortcutAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'reveal' }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'deselect' }
  /** a number key: put the selected thought in group n (0: out of every group) */
  | { kind: 'group'; index: number };

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** the element that has focus: its tag name and whether it is editable */
  target?: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Whether the key goes to a field someone types in (text inputs, text areas, selects, editables). */
export function isTyping(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  // a radio group and a range take the arrow keys themselves; a checkbox and buttons do not
  if (tag === 'INPUT') return !['checkbox', 'button', 'submit', 'reset'].includes((target.type ?? 'text').toLowerCase());
  return TYPING.has(tag);
}

export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':  // a presenter's clicker sends PageDown/PageUp
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'r':
    case 'R':
      return { kind: 'reveal' };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case '?':
      return { kind: 'help' };
    case 'Escape':
      return { kind: 'deselect' };
  }
  if (/^[0-9]$/.test(e.key)) return { kind: 'group', index: Number(e.key) };
  return null;
}

/** The list the "?" dialog shows: key and what it does (i18n keys). */
export const SHORTCUT_LIST: { keys: string; label: string }[] = [
  { keys: '→', label: 'live.projector.keyNext' },
  { keys: '←', label: 'live.projector.keyPrevious' },
  { keys: 'R', label: 'live.projector.keyReveal' },
  { keys: 'F', label: 'live.projector.keyFullscreen' },
  { keys: '1–9', label: 'live.projector.keyGroup' },
  { keys: '0', label: 'live.projector.keyUngroup' },
  { keys: 'Esc', label: 'live.projector.keyDeselect' },
  { keys: '?', label: 'live.projector.keyHelp' },
];
