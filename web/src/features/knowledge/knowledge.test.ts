import { describe, expect, it } from 'vitest';
import { splitTerms } from './api';

describe('splitTerms', () => {
  it('splits an admin\'s words at commas, semicolons and new lines, trimmed and without repeats', () => {
    expect(splitTerms(' stadspas , meedoenregeling;stadspas\n\n  kindpakket ')).toEqual(['stadspas', 'meedoenregeling', 'kindpakket']);
  });
  it('gives nothing for blanks', () => {
    expect(splitTerms(' , ;\n')).toEqual([]);
  });
});
