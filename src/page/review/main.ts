/**
 * The review screen (npm run review): served only by the review command's local server, never
 * built into the site. It talks to the server's /__review/ endpoints, which do all the reading
 * of text and all the writing of data/.
 */
import { mount } from 'svelte';
import Review from './Review.svelte';
import '../global.css';

mount(Review, { target: document.getElementById('review')! });
