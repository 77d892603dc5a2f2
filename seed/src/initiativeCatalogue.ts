import type { ThemeName } from './themes.js';

/** Residents' initiatives the generator draws from; `{kern}` is filled in. */
export interface InitiativeTemplate {
  title: string;
  themes: ThemeName[];
  description: string;
}

export const initiativeTemplates: readonly InitiativeTemplate[] = [
  {
    title: 'Pluktuin {kern}',
    themes: ['Voedsel', 'Groen'],
    description: 'Bewoners willen een pluktuin met fruitbomen en kruiden die iedereen mag oogsten.',
  },
  {
    title: 'Repair Café {kern}',
    themes: ['Groen', 'Cultuur'],
    description: 'Maandelijks repareren vrijwilligers kapotte spullen samen met de eigenaar.',
  },
  {
    title: 'Zonnepanelen op de sporthal {kern}',
    themes: ['Energie', 'Sport'],
    description:
      'De sportverenigingen willen het dak van de sporthal gebruiken voor zonnepanelen van de energiecoöperatie.',
  },
  {
    title: 'Jongerenontmoetingsplek {kern}',
    themes: ['Jeugd', 'Veiligheid'],
    description: 'Jongeren zoeken een eigen plek om af te spreken, zonder overlast voor de buurt.',
  },
  {
    title: 'AED-netwerk {kern}',
    themes: ['Zorg', 'Veiligheid'],
    description: 'Een dekkend netwerk van AED’s en getrainde burgerhulpverleners in het dorp.',
  },
  {
    title: 'Buurtbus {kern}',
    themes: ['Mobiliteit', 'Zorg'],
    description: 'Vrijwillige chauffeurs rijden ouderen naar de huisarts en de supermarkt.',
  },
  {
    title: 'Levensloopbestendig wonen in {kern}',
    themes: ['Wonen', 'Zorg'],
    description: 'Ouderen willen in het dorp blijven wonen en zoeken een plek voor een knarrenhof.',
  },
  {
    title: 'Dorpsfeest {kern}',
    themes: ['Cultuur'],
    description: 'Een dorpsfeest dat alle verenigingen samen organiseren.',
  },
  {
    title: 'Bloemrijke bermen {kern}',
    themes: ['Groen'],
    description: 'Bewoners willen bermen inzaaien met inheemse bloemen en zelf onderhouden.',
  },
  {
    title: 'Ontmoetingskoffie {kern}',
    themes: ['Zorg', 'Cultuur'],
    description: 'Wekelijkse koffieochtend in het dorpshuis tegen eenzaamheid.',
  },
  {
    title: 'Trapveldje {kern}',
    themes: ['Sport', 'Jeugd'],
    description: 'Ouders willen een oud trapveldje opknappen voor de kinderen uit de buurt.',
  },
  {
    title: 'Dorpswinkel {kern}',
    themes: ['Voedsel', 'Ondernemen'],
    description: 'Na het sluiten van de supermarkt willen bewoners een coöperatieve dorpswinkel.',
  },
  {
    title: 'Streekmarkt {kern}',
    themes: ['Voedsel', 'Ondernemen'],
    description: 'Boeren en bakkers uit de omgeving verkopen eens per maand op het kerkplein.',
  },
  {
    title: 'Veilige schoolroute {kern}',
    themes: ['Mobiliteit', 'Veiligheid', 'Jeugd'],
    description: 'Ouders willen een veiligere fietsroute naar school.',
  },
  {
    title: 'Warmtenet {kern}',
    themes: ['Energie', 'Wonen'],
    description: 'Een groep bewoners onderzoekt een collectief warmtenet voor de kern.',
  },
  {
    title: 'Ondernemersontbijt {kern}',
    themes: ['Ondernemen'],
    description: 'Ondernemers willen elkaar vaker treffen en samen het dorp promoten.',
  },
];

/** The story from the product context: residents want a food garden and need connectors. */
export const foodInitiative = {
  title: 'Voedseltuin Lievelde',
  themes: ['Voedsel', 'Groen'] as ThemeName[],
  description:
    'Een groep bewoners wil op een braakliggend stuk grond bij de basisschool een gezamenlijke ' +
    'voedseltuin beginnen. Ze zoeken grond, water, kennis van moestuinieren en mensen die mee willen ' +
    'doen; een deel van de oogst gaat naar de voedselbank. De initiatiefnemers kennen nog weinig ' +
    'mensen buiten hun eigen straat: wie brengt hen in contact met de moestuinvereniging, de ' +
    'bakker, de school en de voedselbank?',
};
