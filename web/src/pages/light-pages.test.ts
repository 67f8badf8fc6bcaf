// @vitest-environment node
// The build step of the pages of their own (scripts/light-pages.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devUrl, fillHtml, pageCss, PAGES } from '../../scripts/light-pages';

const page = (name: string) => PAGES.find((p) => p.name === name)!;
const html = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('pages of their own', () => {
  it('answer their routes in npm run dev as the server does', () => {
    expect(devUrl('/inloggen')).toBe('/login.html');
    expect(devUrl('/inloggen?sso-fout=expired')).toBe('/login.html?sso-fout=expired');
    expect(devUrl('/inloggen#sso-stap=abc')).toBe('/login.html#sso-stap=abc');
    expect(devUrl('/live/join?code=AB12')).toBe('/join.html?code=AB12');
    expect(devUrl('/live/join/x?code=AB12')).toBe('/join.html?code=AB12');
    expect(devUrl('/inloggen-instellen')).toBe('/inloggen-instellen');
    expect(devUrl('/src/login/main.ts')).toBe('/src/login/main.ts');
  });

  it('share the header and footer, in Dutch, with the page title', () => {
    for (const p of PAGES) {
      const out = fillHtml(html(p.html), p);
      expect(out).not.toMatch(/vk:(head|header|footer)/);
      expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
      expect(out).toContain('<a href="#main" class="utrecht-skip-link');
      expect(out).toContain('data-t="layout.skipToContent">Direct naar de inhoud</a>');
      expect(out).toContain('data-locale="en" data-t="language.en">English</button>');
      expect(out).toContain('aria-label="Taal" data-t-label="footer.language"');
    }
    expect(fillHtml(html('login.html'), page('login'))).toContain('<title>Inloggen – Vakkompas</title>');
    expect(fillHtml(html('login.html'), page('login'))).toContain('data-t="login.email">E-mailadres</label>');
  });

  it('keep only the styles a page uses', () => {
    const login = pageCss(page('login'));
    // an invalid field and the error summary (set by the script), the hidden rule of pages.css
    expect(login).toContain('.utrecht-form-field--invalid');
    expect(login).toContain('.utrecht-textbox--invalid');
    expect(login).toContain('.vk-error-summary ul');
    expect(login).toMatch(/\[hidden\]\s*\{\s*display: none !important/);
    expect(login).not.toContain('.vk-live-away');
    expect(pageCss(page('join'))).toContain('.vk-live-away');
    expect(login.length).toBeLessThan(80_000);
  });
});
