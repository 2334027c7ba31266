import { mount } from 'svelte';
import App from './App.svelte';
import './global.css';
import { langFromQuery } from './url.ts';

// A language asked for in the query is read from the hash, like the rest of the link.
const moved = langFromQuery(location.search, location.hash);
if (moved) history.replaceState(null, '', `${location.pathname}${moved.search}${moved.hash}`);

const target = document.getElementById('app')!;
try {
  mount(App, { target });
} catch (e) {
  // Last resort: say what happened in words, never leave a blank page.
  target.textContent = `The atlas could not start: ${(e as Error).message}`;
  throw e;
}
