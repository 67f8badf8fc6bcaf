import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/** A client-side link that looks like an Utrecht link. */
export function RouterLink({ className, ...props }: LinkProps) {
  return <Link className={['utrecht-link', className].filter(Boolean).join(' ')} {...props} />;
}

/** A navigation link; react-router sets aria-current="page" on the current one. */
export function NavigationLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return <NavLink className={['vk-nav__link', className].filter(Boolean).join(' ')} {...props} />;
}
