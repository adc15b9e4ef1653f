// Employer admins' pages, a chunk of their own (App.tsx loads it when an admin opens one):
// nobody else downloads them.
export { BulkRequest } from './BulkRequest';
export { Employees } from './Employees';
