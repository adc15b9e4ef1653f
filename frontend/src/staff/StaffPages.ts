// Provider staff's pages, a chunk of their own (App.tsx loads it when staff open one): nobody
// else downloads them.
export { Organisations } from './Organisations';
export { RequestQueue } from '../requests/RequestQueue';
