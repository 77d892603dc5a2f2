import type { OrganizationSlot } from './context.js';
import type { OrganizationKind } from './model.js';
import type { ThemeName } from './themes.js';

/** A kind of organisation the generator can found in a kern, with how people relate to it. */
export interface OrganizationTemplate {
  kind: OrganizationKind;
  joinAs: OrganizationSlot['joinAs'];
  themes: ThemeName[];
  /** `{kern}` and `{surname}` are filled in. */
  names: string[];
  description: string;
  weight: number;
}

const association = (
  themes: ThemeName[],
  names: string[],
  description: string,
  weight = 1,
): OrganizationTemplate => ({
  kind: 'ASSOCIATION',
  joinAs: 'MEMBER_OF',
  themes,
  names,
  description,
  weight,
});

const business = (
  themes: ThemeName[],
  names: string[],
  description: string,
  weight = 1,
): OrganizationTemplate => ({
  kind: 'BUSINESS',
  joinAs: 'WORKS_AT',
  themes,
  names,
  description,
  weight,
});

/** Templates for the organisations beyond the fixed core, drawn by weight. */
export const organizationTemplates: readonly OrganizationTemplate[] = [
  association(
    ['Sport'],
    [
      'Tennisclub {kern}',
      'Korfbalvereniging De Zwaluwen {kern}',
      'Gymnastiekvereniging Vlug en Lenig {kern}',
      'Wielerclub De Trapkes {kern}',
      'IJsvereniging {kern}',
      'Jeu de boulesclub {kern}',
      'Biljartclub Het Keuken {kern}',
      'Handboogvereniging {kern}',
      'Paardensportvereniging {kern}',
    ],
    'Sportvereniging met leden uit het dorp en de buurtschappen.',
    5,
  ),
  association(
    ['Cultuur'],
    [
      'Toneelvereniging Vriendenkring {kern}',
      'Carnavalsvereniging De Deurdouwers {kern}',
      'Oranjevereniging {kern}',
      'Heemkundekring {kern}',
      'Fotoclub {kern}',
      'Dweilorkest De Brakkies {kern}',
      'Muziekvereniging Concordia {kern}',
      'Schutterij {kern}',
      'Dorpshuisvereniging {kern}',
    ],
    'Vereniging die het culturele leven in de kern draagt.',
    5,
  ),
  association(
    ['Voedsel', 'Groen'],
    ['Volkstuinvereniging {kern}', 'Imkersvereniging {kern}', 'Tuinclub Groei en Bloei {kern}'],
    'Leden telen samen groente, fruit of honing.',
    2,
  ),
  association(
    ['Zorg'],
    [
      'Vrijwillige Thuishulp {kern}',
      'Ouderensoos {kern}',
      'Mantelzorgcafé {kern}',
      'Buurthulp {kern}',
    ],
    'Vrijwilligers die ouderen en mantelzorgers een steuntje in de rug geven.',
    2,
  ),
  association(
    ['Jeugd'],
    ['Scouting {kern}', 'Speeltuinvereniging {kern}', 'Jeugdsoos De Kelder {kern}'],
    'Activiteiten voor de jeugd van het dorp.',
    2,
  ),
  association(
    ['Groen'],
    ['Natuurwerkgroep {kern}', 'Repair Café {kern}', 'Werkgroep Bloemrijke Bermen {kern}'],
    'Vrijwilligers die zich inzetten voor natuur en landschap.',
    2,
  ),
  association(
    ['Wonen', 'Zorg'],
    ['Buurtvereniging {surname}hoek {kern}', 'Buurtvereniging Noaberschap {kern}'],
    'Buurtvereniging in de traditie van het noaberschap.',
    3,
  ),
  business(
    ['Voedsel', 'Ondernemen'],
    [
      'Bakkerij {surname}',
      'Slagerij {surname}',
      'Boerderijwinkel {surname}',
      'Melkveebedrijf {surname}',
      'Supermarkt {kern}',
      'Kaasboerderij {surname}',
    ],
    'Lokale ondernemer in de voedselketen.',
    3,
  ),
  business(
    ['Ondernemen'],
    [
      'Kapsalon {surname}',
      'Café-zaal {surname}',
      'Loonbedrijf {surname}',
      'Installatiebedrijf {surname}',
      'Bouwbedrijf {surname}',
      'Fietsenmaker {surname}',
      'Autobedrijf {surname}',
      'Schildersbedrijf {surname}',
    ],
    'Familiebedrijf uit de kern.',
    6,
  ),
  business(
    ['Groen', 'Ondernemen'],
    ['Hoveniersbedrijf {surname}', 'Camping De Berkelhoeve {kern}', 'Kwekerij {surname}'],
    'Ondernemer in het groen en de recreatie.',
    2,
  ),
  business(
    ['Zorg', 'Voedsel'],
    ['Zorgboerderij {surname}'],
    'Zorgboerderij met dagbesteding en een boerderijwinkel.',
    1,
  ),
  {
    kind: 'INSTITUTION',
    joinAs: 'WORKS_AT',
    themes: ['Jeugd', 'Onderwijs'],
    names: ['Kinderopvang Het Kwetternest {kern}', 'Peuteropvang De Boerderij {kern}'],
    description: 'Opvang voor kinderen van nul tot vier jaar.',
    weight: 1,
  },
  {
    kind: 'INSTITUTION',
    joinAs: 'WORKS_AT',
    themes: ['Sport', 'Zorg'],
    names: ['Fysiotherapie {kern}', 'Stichting Sporthal {kern}'],
    description: 'Voorziening voor beweging en gezondheid in de kern.',
    weight: 1,
  },
  {
    kind: 'NETWORK',
    joinAs: 'MEMBER_OF',
    themes: ['Energie'],
    names: ['Energiecoöperatie {kern} Duurzaam', 'Zonnedak-collectief {kern}'],
    description: 'Bewoners die samen energie opwekken en besparen.',
    weight: 1,
  },
  {
    kind: 'NETWORK',
    joinAs: 'MEMBER_OF',
    themes: ['Ondernemen'],
    names: ['Ondernemersvereniging {kern}', 'Ondernemerskring {kern}'],
    description: 'Netwerk van lokale ondernemers.',
    weight: 1,
  },
  {
    kind: 'NETWORK',
    joinAs: 'MEMBER_OF',
    themes: ['Veiligheid'],
    names: ['Buurtpreventie {kern}', 'Buurt-WhatsApp {kern}'],
    description: 'Bewoners die op elkaar letten en verdachte situaties melden.',
    weight: 1,
  },
  {
    kind: 'NETWORK',
    joinAs: 'VOLUNTEERS_AT',
    themes: ['Mobiliteit', 'Zorg'],
    names: ['Buurtbus {kern}', 'Vrijwilligersvervoer {kern}'],
    description: 'Vrijwillige chauffeurs die dorpsgenoten vervoeren.',
    weight: 1,
  },
];

/** Organisations every kern has (the blind-spot kern has no school of its own). */
export const kernCore: readonly OrganizationTemplate[] = [
  association(
    ['Wonen', 'Veiligheid'],
    ['Dorpsraad {kern}'],
    'De dorpsraad behartigt de belangen van de inwoners bij de gemeente.',
  ),
  association(
    ['Sport'],
    ['Voetbalvereniging {kern}'],
    'Voetbalclub met senioren, jeugd en veel vrijwilligers.',
  ),
  association(
    ['Cultuur'],
    ['Harmonie Sint-Caecilia {kern}'],
    'Harmonieorkest met opleiding voor jonge muzikanten.',
  ),
  {
    kind: 'INSTITUTION',
    joinAs: 'WORKS_AT',
    themes: ['Onderwijs', 'Jeugd'],
    names: ['Basisschool De Berkel {kern}'],
    description: 'Basisschool in de kern.',
    weight: 1,
  },
];

/** Organisations that serve the whole municipality, seated in the largest kernen. */
export const municipalityWide: readonly (OrganizationTemplate & { kern: string })[] = [
  {
    kind: 'INSTITUTION',
    joinAs: 'VOLUNTEERS_AT',
    themes: ['Voedsel', 'Zorg'],
    names: ['Voedselbank Berkelveld'],
    description: 'Voedselbank die wekelijks pakketten uitdeelt; draait op vrijwilligers.',
    weight: 1,
    kern: 'Lichtenvoorde',
  },
  {
    kind: 'INSTITUTION',
    joinAs: 'WORKS_AT',
    themes: ['Zorg', 'Jeugd'],
    names: ['Welzijn Berkelveld'],
    description: 'Welzijnsorganisatie voor ouderenwerk, jongerenwerk en mantelzorgondersteuning.',
    weight: 1,
    kern: 'Lichtenvoorde',
  },
  {
    kind: 'INSTITUTION',
    joinAs: 'VOLUNTEERS_AT',
    themes: ['Cultuur', 'Onderwijs'],
    names: ['Bibliotheek Berkelveld'],
    description: 'Bibliotheek met vestigingen in Groenlo en Lichtenvoorde.',
    weight: 1,
    kern: 'Groenlo',
  },
  {
    kind: 'INSTITUTION',
    joinAs: 'WORKS_AT',
    themes: ['Zorg'],
    names: ['Zorgcentrum De Molenhof'],
    description: 'Woonzorgcentrum met dagactiviteiten voor ouderen.',
    weight: 1,
    kern: 'Groenlo',
  },
  {
    kind: 'INSTITUTION',
    joinAs: 'WORKS_AT',
    themes: ['Onderwijs', 'Jeugd'],
    names: ['Scholengemeenschap Berkelveld College'],
    description: 'Middelbare school voor de hele gemeente.',
    weight: 1,
    kern: 'Groenlo',
  },
  {
    kind: 'NETWORK',
    joinAs: 'MEMBER_OF',
    themes: ['Voedsel', 'Ondernemen'],
    names: ['Bakkersvereniging Oost-Achterhoek'],
    description: 'Netwerk van bakkers in de regio; denkt mee over lokaal voedsel.',
    weight: 1,
    kern: 'Lichtenvoorde',
  },
  {
    kind: 'NETWORK',
    joinAs: 'MEMBER_OF',
    themes: ['Voedsel', 'Groen'],
    names: ['Voedselnetwerk Achterhoek'],
    description: 'Regionaal netwerk van boeren, tuinders en initiatieven rond lokaal voedsel.',
    weight: 1,
    kern: 'Groenlo',
  },
  {
    kind: 'NETWORK',
    joinAs: 'VOLUNTEERS_AT',
    themes: ['Zorg'],
    names: ['Platform Mantelzorg Berkelveld'],
    description: 'Platform van mantelzorgers en vrijwilligers.',
    weight: 1,
    kern: 'Lichtenvoorde',
  },
];

/** The food cluster in the food initiative's kern: the connectors the area broker will look for. */
export const foodKernCore: readonly OrganizationTemplate[] = [
  association(
    ['Voedsel', 'Groen'],
    ['Moestuinvereniging De Groene Hof {kern}'],
    'Moestuinders met een gezamenlijk complex aan de rand van het dorp.',
  ),
  business(
    ['Voedsel', 'Ondernemen'],
    ['Bakkerij {surname}'],
    'Dorpsbakkerij; lid van de bakkersvereniging.',
  ),
];

/** The one youth club in the blind-spot kern: the municipality has no line into it. */
export const blindSpotOrganization: OrganizationTemplate = association(
  ['Jeugd'],
  ["Jongerensoos 't Hokke {kern}"],
  'Jongeren die zelf hun soos in een oude schuur runnen.',
);

export const municipalTeams: readonly { name: string; description: string }[] = [
  {
    name: 'Team Gebiedsgericht Werken',
    description: 'Gebiedsmakelaars en wijkconsulenten van de gemeente.',
  },
  { name: 'Team Sociaal Domein', description: 'Wijkconsulenten en consulenten zorg en jeugd.' },
  {
    name: 'Team Buitendienst',
    description: 'Medewerkers openbare ruimte: groen, wegen en gebouwen.',
  },
  {
    name: 'Team Beleid en Strategie',
    description: 'Beleidsmedewerkers voor de thema’s van de gemeente.',
  },
  { name: 'College van B&W', description: 'Burgemeester en wethouders.' },
];
