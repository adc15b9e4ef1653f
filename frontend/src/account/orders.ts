import type {
  ActivityEventOrder,
  FinancialRecordOrder,
  LearningRecordOrder,
  NotificationOrder,
  SurveyAnswerOrder,
} from '../gql/graphql';
import type { SortOption } from './common';

// The orders each long list offers; the first is the one a page starts with.
// Options are constants, so the sort select can find the current one by identity.

export const ACTIVITY_ORDERS: ReadonlyArray<SortOption<ActivityEventOrder>> = [
  { value: 'newest', label: 'Newest first', order: { field: 'OCCURRED_AT', direction: 'DESC' } },
  { value: 'oldest', label: 'Oldest first', order: { field: 'OCCURRED_AT', direction: 'ASC' } },
];

export const LEARNING_ORDERS: ReadonlyArray<SortOption<LearningRecordOrder>> = [
  { value: 'newest', label: 'Most recently registered first', order: { field: 'REGISTERED_AT', direction: 'DESC' } },
  { value: 'oldest', label: 'Earliest registered first', order: { field: 'REGISTERED_AT', direction: 'ASC' } },
  { value: 'title', label: 'Course title, A to Z', order: { field: 'COURSE_TITLE', direction: 'ASC' } },
];

export const FINANCIAL_ORDERS: ReadonlyArray<SortOption<FinancialRecordOrder>> = [
  { value: 'newest', label: 'Newest first', order: { field: 'OCCURRED_AT', direction: 'DESC' } },
  { value: 'oldest', label: 'Oldest first', order: { field: 'OCCURRED_AT', direction: 'ASC' } },
];

export const SURVEY_ORDERS: ReadonlyArray<SortOption<SurveyAnswerOrder>> = [
  { value: 'newest', label: 'Newest first', order: { field: 'ANSWERED_AT', direction: 'DESC' } },
  { value: 'oldest', label: 'Oldest first', order: { field: 'ANSWERED_AT', direction: 'ASC' } },
];

export const NOTIFICATION_ORDERS: ReadonlyArray<SortOption<NotificationOrder>> = [
  { value: 'newest', label: 'Newest first', order: { field: 'CREATED_AT', direction: 'DESC' } },
  { value: 'oldest', label: 'Oldest first', order: { field: 'CREATED_AT', direction: 'ASC' } },
];

/** The order a list starts in. */
export function defaultOrder<O>(options: ReadonlyArray<SortOption<O>>): O {
  return options[0]!.order;
}

/** Page sizes: enough to read, small enough to load fast. */
export const PAGE_SIZE = { activity: 10, learning: 10, financial: 10, survey: 10, notification: 10, access: 20 } as const;
