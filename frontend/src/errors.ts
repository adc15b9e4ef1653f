import { GraphQLRequestError, fieldProblems } from './graphql';

/** Whether err is the AbortError of a request the page no longer wants. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

const GENERIC = 'Something went wrong on our side. Please try again in a few minutes.';

/**
 * The sentence to show for a failed operation. Branches on the code, never on
 * the message: the server's message is shown only for codes whose messages are
 * written for people (duplicates, refused transitions, extensions), and never
 * for INTERNAL or an unknown error.
 */
export function errorMessage(err: unknown): string {
  if (!(err instanceof GraphQLRequestError)) return GENERIC;
  const own = err.message.trim();
  switch (err.code) {
    case 'NETWORK':
      return own || 'Could not reach the portal. Check your connection and try again.';
    case 'UNAUTHENTICATED':
      return 'You have been signed out. Sign in again to continue.';
    case 'FORBIDDEN':
      return 'You do not have access to this.';
    case 'NOT_FOUND':
      return 'We could not find this. It may not exist, or it may not be yours to see.';
    case 'VALIDATION':
      return fieldProblems(err).length > 0 ? 'Some answers need correcting.' : own || 'Some answers need correcting.';
    case 'DUPLICATE_REQUEST':
      return 'There is already an open request of this type for this person. We will answer that one first.';
    case 'TRANSITION_NOT_ALLOWED':
      return own || 'That cannot be done to the request in its current state. Reload the page to see where it stands.';
    case 'EXTENSION_TOO_LONG':
      return own || 'A request can be extended by at most two months in total.';
    case 'EXTENSION_TOO_LATE':
      return own || 'An extension must be made within the first month after the request was received.';
    case 'CONFLICT':
      return own || 'Someone else changed this at the same time. Reload the page and try again.';
    case 'SERVICE_MESSAGES_REQUIRED':
      return own || 'Service messages about your courses and account cannot be switched off.';
    case 'NOT_CONSENT_BASED':
      return own || 'This use of your data does not rely on your consent; you can object to it instead where the law allows.';
    case 'NOT_OBJECTABLE':
      return own || 'This is not something you can object to here; you can ask us to restrict or erase your data with a request.';
    case 'LEGAL_HOLD':
      // The server's message names the hold and its reason.
      return own || 'A legal hold stops this erasure until it is released.';
    case 'EXPORT_IN_PROGRESS':
      return own || 'A download of your data is already being prepared; it will be ready in a moment.';
    case 'NOT_RESTRICTED':
      return own || 'That account is not restricted. Reload the page to see its status.';
    // Staff's work on organisations: the SPA's own words, as the server's name its API's fields.
    case 'ORGANISATION_NAME_TAKEN':
      return 'There is already an organisation with this name (capital letters make no difference). Choose another name.';
    case 'ADMIN_OF_ANOTHER_ORGANISATION':
      return 'This person is already the admin of another organisation, and an admin acts for one organisation only. Remove them as its admin first.';
    case 'ROLE_NOT_ALLOWED':
      return 'This person is provider staff: staff cannot be a customer’s employer admin or employee.';
    case 'NOT_AN_ADMIN':
      return 'This person is no longer an admin of this organisation: someone may have removed them already.';
    case 'INTERNAL':
    case 'UNKNOWN':
      return GENERIC;
  }
}

/** Whether the failure means nobody is signed in any more. */
export function isSignedOut(err: unknown): boolean {
  return err instanceof GraphQLRequestError && err.code === 'UNAUTHENTICATED';
}

export function errorCodeOf(err: unknown): string | null {
  return err instanceof GraphQLRequestError ? err.code : null;
}
