import type { MessageKey } from './nl';

/** The English texts: the same keys as Dutch, no more and no fewer (the compiler checks). */
export const en = {
  'app.name': 'Antenne',
  'app.tagline': 'Who knows whom in your municipality',
  'app.skipToContent': 'Skip to content',
  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'home.title': 'Welcome to Antenne',
  'home.intro':
    "Antenne is the municipality's shared map of who is connected to whom. Below you can see whether Antenne is ready for use.",
  'status.title': 'System status',
  'status.checking': 'Checking the connection to Antenne…',
  'status.connected': 'Antenne is connected to Neo4j.',
  'status.neo4jVersion': 'Neo4j version',
  'status.edition': 'Edition',
  'status.edition.community': 'Community',
  'status.edition.enterprise': 'Enterprise',
  'status.edition.unknown': 'unknown',
  'status.migrations': 'Schema migrations',
  'status.migrationsApplied': '{count} applied',
  'status.appVersion': 'Antenne version',
  'status.checkedAt': 'Checked at {time}',
  'status.databaseUnreachable': 'Antenne is running, but its database (Neo4j) does not answer.',
  'status.databaseUnreachableHelp':
    'Try again in a moment. If this persists, tell your administrator.',
  'status.failed': 'Antenne cannot be reached right now.',
  'status.errorCode': 'Error code: {code}',
  'status.retry': 'Try again',
  'error.NETWORK_ERROR':
    "Antenne's server does not answer. Check your network connection and whether Antenne is running.",
  'error.SERVICE_UNAVAILABLE': 'Antenne is temporarily unavailable. Try again in a moment.',
  'error.HTTP_ERROR': 'The server gave an unexpected answer. Try again.',
  'error.INVALID_RESPONSE':
    "The server's answer could not be read. Reload the page; if that does not help, tell your administrator.",
  'error.GRAPHQL_PARSE_FAILED':
    "The server did not understand this page's request. Tell your administrator.",
  'error.GRAPHQL_VALIDATION_FAILED':
    "This page does not match the server's version. Reload the page.",
  'error.BAD_REQUEST': 'The server could not process the request.',
  'error.BAD_USER_INPUT': 'One or more of the values you entered are not valid.',
  'error.UNAUTHENTICATED': 'You are not signed in (any more). Please sign in again.',
  'error.FORBIDDEN': 'You do not have access to this information.',
  'error.NOT_FOUND': 'What you are looking for does not exist (any more).',
  'error.INTERNAL_SERVER_ERROR':
    'Something went wrong on the server. Try again; if it keeps failing, tell your administrator.',
  'error.UNKNOWN': 'Something unexpected went wrong. Try again.',
} satisfies Record<MessageKey, string>;
