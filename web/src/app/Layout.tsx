import { Button, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { logOut } from '../api/endpoints';
import { useMe } from '../api/queries';
import { Loading } from '../components/Feedback';
import { NavigationLink, RouterLink } from '../components/RouterLink';
import { LOCALES, useLocale, useT } from '../i18n/I18nProvider';
import { takeHandOver, toLogIn } from '../pages/handover';

/**
 * After a client-side navigation, move focus to the new page's heading (or main); on the first
 * load too when a page of its own handed over (the log-in page: src/pages/handover.ts), once the
 * page's heading is there (its code and data may still be loading) and unless the focus moved
 * meanwhile.
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (!takeHandOver()) return;
      const until = Date.now() + 10_000;
      const timer = window.setInterval(() => {
        // someone who already moved on (opened the menu, say) keeps their focus
        const moved = document.activeElement && document.activeElement !== document.body;
        const heading = document.getElementById('page-heading');
        if (!moved && !heading && Date.now() < until) return;
        window.clearInterval(timer);
        if (!moved) (heading ?? document.getElementById('main'))?.focus({ preventScroll: false });
      }, 50);
      return () => window.clearInterval(timer);
    }
    const timer = window.setTimeout(() => {
      const target = document.getElementById('page-heading') ?? document.getElementById('main');
      target?.focus({ preventScroll: false });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}

function UserMenu() {
  const t = useT();
  const me = useMe();
  const logout = useMutation({
    mutationFn: logOut,
    onSettled: (endSessionUrl) => {
      // the log-in page is a page of its own (web/login.html): a full load, which also leaves
      // this session's cached data behind (setting me to null here would send RequireAuth there first)
      toLogIn({ loggedOut: true, endSessionUrl: endSessionUrl ?? null });
    },
  });
  if (!me.data) return null;
  return (
    <div className="vk-user">
      <Paragraph className="vk-user__name">
        <span className="vk-visually-hidden">{t('header.loggedInAs')} </span>
        <RouterLink to="/account">{me.data.user.name}</RouterLink>
        <span className="vk-user__org">{me.data.organisation.name}</span>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={() => logout.mutate()} busy={logout.isPending} disabled={logout.isPending}>
        {t('header.logout')}
      </Button>
    </div>
  );
}

function MainNav() {
  const t = useT();
  const me = useMe();
  if (!me.data) return null;
  const admin = me.data.user.orgAdmin;
  return (
    <nav className="vk-nav" aria-label={t('nav.label')}>
      <ul className="vk-nav__list">
        <li>
          <NavigationLink to="/" end>
            {t('nav.teams')}
          </NavigationLink>
        </li>
        {admin && (
          <li>
            <NavigationLink to="/leden">{t('nav.members')}</NavigationLink>
          </li>
        )}
        {admin && (
          <li>
            <NavigationLink to="/uitnodigingen">{t('nav.invitations')}</NavigationLink>
          </li>
        )}
        {admin && <li><NavigationLink to="/auditlog">{t('nav.auditLog')}</NavigationLink></li>}
        {admin && <li><NavigationLink to="/inloggen-instellen">{t('nav.sso')}</NavigationLink></li>}
        <li><NavigationLink to="/live">{t('nav.live')}</NavigationLink></li>
        <li><NavigationLink to="/vakgesprekken">{t('nav.interviews')}</NavigationLink></li>
        <li><NavigationLink to="/kennis">{t('nav.knowledge')}</NavigationLink></li>
        <li><NavigationLink to="/dilemmas">{t('nav.dilemmas')}</NavigationLink></li>
        <li><NavigationLink to="/vak/beeld">{t('nav.craft')}</NavigationLink></li>
        <li>
          <NavigationLink to="/account">{t('nav.account')}</NavigationLink>
        </li>
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className="vk-language" role="group" aria-label={t('footer.language')}>
      {LOCALES.map((l) => (
        <Button
          key={l}
          appearance="subtle-button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
          className="vk-language__button"
        >
          {t(`language.${l}`)}
        </Button>
      ))}
    </div>
  );
}

/**
 * On a small screen the user menu and the main menu sit behind a "Menu" button (a real
 * <button aria-expanded>): opening moves focus to the first link, Escape closes and returns
 * focus to the button, following a link closes it. On a wide screen the button is hidden by
 * CSS and the menu is always shown.
 */
function useMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('nav a')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return { open, setOpen, buttonRef, panelRef };
}

export function Layout() {
  const t = useT();
  const me = useMe();
  const menu = useMenu();
  useFocusOnNavigate();
  return (
    <div className="vk-page">
      <SkipLink href="#main" className="vk-skip-link">
        {t('layout.skipToContent')}
      </SkipLink>
      <PageHeader className="vk-header">
        <div className="vk-header__inner">
          <RouterLink to="/" className="vk-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} className="vk-brand__logo" />
            <span>{t('app.name')}</span>
          </RouterLink>
          {me.data && (
            <button
              type="button"
              id="vk-menu-button"
              ref={menu.buttonRef}
              className="vk-menu-button utrecht-button utrecht-button--secondary-action"
              aria-expanded={menu.open}
              aria-controls="vk-menu"
              onClick={() => menu.setOpen(!menu.open)}
            >
              <span className="vk-menu-button__icon" aria-hidden="true" />
              {t('header.menu')}
            </button>
          )}
          <div id="vk-menu" ref={menu.panelRef} className={`vk-menu${menu.open ? ' vk-menu--open' : ''}`}>
            <UserMenu />
            <div className="vk-header__nav">
              <MainNav />
            </div>
          </div>
        </div>
      </PageHeader>
      <main id="main" tabIndex={-1} className="vk-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <PageFooter className="vk-footer">
        <div className="vk-footer__inner">
          <Paragraph>
            <RouterLink to="/toegankelijkheid">{t('footer.accessibility')}</RouterLink>
          </Paragraph>
          <LanguageSwitch />
        </div>
      </PageFooter>
    </div>
  );
}
