/** Dutch text fragments for notes; `{kern}`, `{org}` and `{theme}` are filled in. */
export const personNotes = [
  'Weet veel van wat er speelt in {kern}; goed aanspreekpunt.',
  'Actief in {org}. Liever bellen dan mailen.',
  'Heeft ideeën over {theme} en wil graag meedenken.',
  'Nieuw in {kern}, zoekt aansluiting bij het dorpsleven.',
  'Kent de oudere inwoners goed via de buurtvereniging.',
  'Vrijwilliger bij {org}; beschikbaar op doordeweekse avonden.',
  'Ondernemer met een groot netwerk in de regio.',
] as const;

export const contactNotes = [
  'Kennismaking bij {org}; afgesproken elkaar op de hoogte te houden.',
  'Telefonisch contact over {theme}; stuurt nog een voorstel.',
  'Bezoek aan de ledenvergadering van {org}.',
  'Vraag over vergunning voor een activiteit in {kern}; doorverwezen naar het loket.',
  'Signaal over eenzaamheid bij ouderen in {kern}; nagaan wie er al betrokken is.',
  'Overleg over onderhoud van het groen in {kern}; buitendienst pakt het op.',
  'Bijeenkomst over {theme} in het dorpshuis van {kern}; goede opkomst.',
  'Mail over subsidieaanvraag; uitgelegd welke stukken nodig zijn.',
  'Gesprek over de toekomst van {org}: weinig nieuwe vrijwilligers.',
  'Terugkoppeling gegeven over het initiatief; volgende stap afgesproken.',
] as const;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
