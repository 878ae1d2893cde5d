// Every page type the browser tests visit, in one list: add a line for a new page type.
import { EXAMPLE_ID } from '../helpers/build.js';
import { BIDI_ID } from './fixture.js';

export interface PageType {
  /** Short name, used in test titles and screenshot file names. */
  name: string;
  /** Path on the served fixture build. */
  path: string;
  /** HTTP status the page is served with. */
  status?: number;
}

export const PAGES: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/articles/${EXAMPLE_ID}/` },
  { name: 'article-mixed', path: `/articles/${BIDI_ID}/` },
  { name: 'archive', path: '/archive/' },
  { name: 'archive-year', path: '/archive/2024/' },
  { name: 'archive-month', path: '/archive/2024/03/' },
  { name: 'topics', path: '/topics/' },
  { name: 'topic', path: `/topics/${encodeURIComponent('جريمه')}/` },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/no-such-page/', status: 404 },
];
