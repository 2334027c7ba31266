import { mount } from 'svelte';
import App from './App.svelte';
import './global.css';

const target = document.getElementById('app')!;
try {
  mount(App, { target });
} catch (e) {
  // Last resort: say what happened in words, never leave a blank page.
  target.textContent = `The atlas could not start: ${(e as Error).message}`;
  throw e;
}
