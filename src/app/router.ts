/**
 * Hash routes, so that the static build works from any folder and offline, and so that the URL
 * always names the draft and the step: reload and the back button land where the user was.
 *   #/                      the draft list
 *   #/drafts/<id>/<step>    the editor on one step
 *   #/bin                   deleted drafts (restorable)
 */
import { useSyncExternalStore } from 'react';
import { isWizardStepId, type WizardStepId } from '@/ui/wizard-steps';

export type Route =
  | { name: 'home' }
  | { name: 'bin' }
  | { name: 'draft'; draftId: string; step: WizardStepId; focus: string | null }
  | { name: 'notFound'; hash: string };

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && parts[0] === 'bin') return { name: 'bin' };
  if (parts[0] === 'drafts' && parts[1]) {
    const step = parts[2] ?? 'basics';
    if (parts.length <= 3 && isWizardStepId(step)) {
      const focus = new URLSearchParams(query).get('focus');
      return { name: 'draft', draftId: parts[1], step, focus };
    }
  }
  return { name: 'notFound', hash };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'bin':
      return '#/bin';
    case 'draft': {
      const base = `#/drafts/${encodeURIComponent(route.draftId)}/${route.step}`;
      return route.focus ? `${base}?focus=${encodeURIComponent(route.focus)}` : base;
    }
    case 'notFound':
      return route.hash || '#/';
  }
}

/** Go to a route, adding a history entry (or replacing the current one). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href.slice(1);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders on every hash change (links, back and forward buttons). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
