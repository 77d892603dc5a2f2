/**
 * The fictional municipality of Berkelveld: eight kernen in the style of the eastern Achterhoek.
 * The village names are real places; the municipality, its areas' borders, postcodes and CBS codes
 * are made up (CBS code 9901 is not in use).
 */
export const MUNICIPALITY_NAME = 'Berkelveld';
export const MUNICIPALITY_CBS = '9901';

export interface KernSpec {
  name: string;
  /** Share of the residents. */
  weight: number;
  postcodes: string[];
  /** Wijk names; the small kernen have a village core and the countryside around it. */
  wijken: string[];
  /** Where on the 4 × 2 map grid: [row from south, column from west]. */
  cell: [number, number];
}

export const SPOF_KERN = 'Mariënvelde';
export const BLIND_SPOT_KERN = 'Vragender';
export const BLIND_SPOT_THEME = 'Jeugd';
export const FOOD_KERN = 'Lievelde';

const villageWijken = (kern: string) => [`Kom ${kern}`, `Buitengebied ${kern}`];

export const kernSpecs: readonly KernSpec[] = [
  {
    name: 'Lichtenvoorde',
    weight: 0.32,
    postcodes: ['7131', '7132'],
    wijken: [
      'Lichtenvoorde-Centrum',
      'Lichtenvoorde-Noord',
      'Lichtenvoorde-Oost',
      'Lichtenvoorde-Zuid',
    ],
    cell: [0, 2],
  },
  {
    name: 'Groenlo',
    weight: 0.29,
    postcodes: ['7141', '7142'],
    wijken: ['Groenlo-Binnenstad', 'Groenlo-West', 'Groenlo-Oost', 'Groenlo-Buitengebied'],
    cell: [1, 1],
  },
  {
    name: 'Beltrum',
    weight: 0.08,
    postcodes: ['7156'],
    wijken: villageWijken('Beltrum'),
    cell: [1, 2],
  },
  {
    name: 'Zieuwent',
    weight: 0.07,
    postcodes: ['7136'],
    wijken: villageWijken('Zieuwent'),
    cell: [1, 0],
  },
  {
    name: 'Lievelde',
    weight: 0.07,
    postcodes: ['7137'],
    wijken: villageWijken('Lievelde'),
    cell: [0, 1],
  },
  {
    name: 'Harreveld',
    weight: 0.06,
    postcodes: ['7135'],
    wijken: villageWijken('Harreveld'),
    cell: [1, 3],
  },
  {
    name: 'Vragender',
    weight: 0.06,
    postcodes: ['7134'],
    wijken: villageWijken('Vragender'),
    cell: [0, 3],
  },
  {
    name: 'Mariënvelde',
    weight: 0.05,
    postcodes: ['7138'],
    wijken: villageWijken('Mariënvelde'),
    cell: [0, 0],
  },
];

/** Neighbourhood names inside a wijk (three per wijk, suffixed to stay unique). */
export const buurtNames = [
  ['Dorpskern', 'Kerkbuurt', 'Nieuwbouw'],
  ['Het Veld', 'De Esch', 'Hoge Weide'],
  ['De Haar', 'Broekhoek', 'Het Rikker'],
  ['Molenbuurt', 'De Kamp', 'Slingehoek'],
] as const;

/**
 * Gebiedsmakelaars: one per kern or two. Mariënvelde shares its broker with Zieuwent, and
 * Vragender with Beltrum: an assignment on paper that, in the data, reaches no one there.
 */
export const brokerDistricts: readonly string[][] = [
  ['Lichtenvoorde'],
  ['Groenlo'],
  ['Lievelde', 'Harreveld'],
  ['Zieuwent', 'Mariënvelde'],
  ['Beltrum', 'Vragender'],
];
