/**
 * The Dutch texts: the source dictionary. Every other language must have exactly these keys
 * (checked by the compiler in `en.ts`). `{name}` marks a value filled in at runtime.
 */
export const nl = {
  'app.name': 'Antenne',
  'app.tagline': 'Wie kent wie in uw gemeente',
  'app.skipToContent': 'Naar de inhoud',
  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'home.title': 'Welkom bij Antenne',
  'home.intro':
    'Antenne is de gedeelde kaart van wie met wie verbonden is in de gemeente. Hieronder ziet u of Antenne klaar is voor gebruik.',
  'status.title': 'Systeemstatus',
  'status.checking': 'Verbinding met Antenne controleren…',
  'status.connected': 'Antenne is verbonden met Neo4j.',
  'status.neo4jVersion': 'Neo4j-versie',
  'status.edition': 'Editie',
  'status.edition.community': 'Community',
  'status.edition.enterprise': 'Enterprise',
  'status.edition.unknown': 'onbekend',
  'status.migrations': 'Schemamigraties',
  'status.migrationsApplied': '{count} toegepast',
  'status.appVersion': 'Antenne-versie',
  'status.checkedAt': 'Gecontroleerd om {time}',
  'status.databaseUnreachable': 'Antenne draait, maar de database (Neo4j) antwoordt niet.',
  'status.databaseUnreachableHelp':
    'Probeer het over een ogenblik opnieuw. Blijft dit zo, meld het dan bij de beheerder.',
  'status.failed': 'Antenne is nu niet bereikbaar.',
  'status.errorCode': 'Foutcode: {code}',
  'status.retry': 'Opnieuw proberen',
  'error.NETWORK_ERROR':
    'De server van Antenne antwoordt niet. Controleer uw netwerkverbinding en of Antenne draait.',
  'error.SERVICE_UNAVAILABLE':
    'Antenne is tijdelijk niet beschikbaar. Probeer het over een ogenblik opnieuw.',
  'error.HTTP_ERROR': 'De server gaf een onverwacht antwoord. Probeer het opnieuw.',
  'error.INVALID_RESPONSE':
    'Het antwoord van de server was niet te lezen. Vernieuw de pagina; helpt dat niet, meld het dan bij de beheerder.',
  'error.GRAPHQL_PARSE_FAILED':
    'De server begreep de vraag van deze pagina niet. Meld dit bij de beheerder.',
  'error.GRAPHQL_VALIDATION_FAILED':
    'Deze pagina past niet bij de versie van de server. Vernieuw de pagina.',
  'error.BAD_REQUEST': 'De server kon het verzoek niet verwerken.',
  'error.BAD_USER_INPUT': 'Een of meer ingevulde gegevens zijn niet geldig.',
  'error.UNAUTHENTICATED': 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
  'error.FORBIDDEN': 'U hebt geen toegang tot deze gegevens.',
  'error.NOT_FOUND': 'Wat u zoekt, bestaat niet (meer).',
  'error.INTERNAL_SERVER_ERROR':
    'Er ging iets mis op de server. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
  'error.UNKNOWN': 'Er ging iets onverwachts mis. Probeer het opnieuw.',
};

export type MessageKey = keyof typeof nl;
