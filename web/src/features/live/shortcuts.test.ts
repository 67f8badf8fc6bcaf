import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor } from './shortcuts';

describe('projector shortcuts', () => {
  it('maps the keys to their actions', () => {
    expect(shortcutFor({ key: 'ArrowRight' })).toEqual({ kind: 'next' });
    expect(shortcutFor({ key: 'PageDown' })).toEqual({ kind: 'next' });
    expect(shortcutFor({ key: 'ArrowLeft' })).toEqual({ kind: 'previous' });
    expect(shortcutFor({ key: 'r' })).toEqual({ kind: 'reveal' });
    expect(shortcutFor({ key: 'R' })).toEqual({ kind: 'reveal' });
    expect(shortcutFor({ key: 'f' })).toEqual({ kind: 'fullscreen' });
    expect(shortcutFor({ key: '?' })).toEqual({ kind: 'help' });
    expect(shortcutFor({ key: 'Escape' })).toEqual({ kind: 'deselect' });
    expect(shortcutFor({ key: '3' })).toEqual({ kind: 'group', index: 3 });
    expect(shortcutFor({ key: '0' })).toEqual({ kind: 'group', index: 0 });
    expect(shortcutFor({ key: 'x' })).toBeNull();
    expect(shortcutFor({ key: 'Enter' })).toBeNull();
  });

  it('does nothing while someone types in a field', () => {
    for (const target of [{ tagName: 'INPUT', type: 'text' }, { tagName: 'input' }, { tagName: 'TEXTAREA' }, { tagName: 'SELECT' },
      { tagName: 'INPUT', type: 'radio' }, { tagName: 'INPUT', type: 'range' },
      { tagName: 'DIV', isContentEditable: true }]) {
      expect(isTyping(target)).toBe(true);
      expect(shortcutFor({ key: 'r', target })).toBeNull();
      expect(shortcutFor({ key: 'ArrowRight', target })).toBeNull();
      expect(shortcutFor({ key: '1', target })).toBeNull();
    }
    // a checkbox or a button with focus is not typing: the keys work
    expect(shortcutFor({ key: 'r', target: { tagName: 'INPUT', type: 'checkbox' } })).toEqual({ kind: 'reveal' });
    expect(shortcutFor({ key: 'r', target: { tagName: 'BUTTON' } })).toEqual({ kind: 'reveal' });
  });

  it('leaves the browser its own shortcuts', () => {
    expect(shortcutFor({ key: 'r', ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: 'f', metaKey: true })).toBeNull();
    expect(shortcutFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });
});
