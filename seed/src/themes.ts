/** The themes a municipality sorts its network by; names are what users see. */
export const themeNames = [
  'Voedsel',
  'Zorg',
  'Groen',
  'Sport',
  'Cultuur',
  'Ondernemen',
  'Wonen',
  'Energie',
  'Mobiliteit',
  'Veiligheid',
  'Jeugd',
  'Onderwijs',
] as const;

export type ThemeName = (typeof themeNames)[number];
