import type { GeneratorContext, KernSlot } from './context.js';
import { addDays } from './dates.js';
import {
  jitteredGrid,
  type Quad,
  stripsSouthToNorth,
  stripsWestToEast,
  toGeoJson,
} from './geometry.js';
import type { AreaLevel, AreaNode } from './model.js';
import { buurtNames, kernSpecs, MUNICIPALITY_CBS, MUNICIPALITY_NAME } from './municipalityMap.js';
import type { Random } from './random.js';
import { themeNames } from './themes.js';

/** The municipality, its kernen, wijken and buurten with outlines, and the themes. */
export function generateAreasAndThemes(context: GeneratorContext, random: Random): void {
  const createdAt = `${addDays(context.today, -3 * 365 - 30)}T09:00:00Z`;
  const area = (
    name: string,
    level: AreaLevel,
    postcodes: string[],
    ring: readonly (readonly [number, number])[],
    cbsCode?: string,
  ): AreaNode => {
    const node: AreaNode = {
      id: random.uuid(),
      name,
      level,
      postcodes,
      geometry: toGeoJson(ring),
      createdAt,
      updatedAt: createdAt,
      createdBy: 'system',
      source: context.source,
    };
    if (cbsCode) node.cbsCode = cbsCode;
    context.out.node('Area', node);
    return node;
  };
  const partOf = (child: AreaNode, parent: AreaNode) =>
    context.out.relationship(
      'PART_OF',
      { label: 'Area', id: child.id },
      { label: 'Area', id: parent.id },
      { id: random.uuid(), createdAt },
    );

  const grid = jitteredGrid(random, 4, 2, { west: 6.5, south: 51.97, east: 6.78, north: 52.09 });
  const municipality = area(
    `Gemeente ${MUNICIPALITY_NAME}`,
    'MUNICIPALITY',
    kernSpecs.flatMap((k) => k.postcodes),
    grid.outline,
    `GM${MUNICIPALITY_CBS}`,
  );
  context.landmarks.municipalityAreaId = municipality.id;

  let wijkNumber = 0;
  kernSpecs.forEach((spec, index) => {
    const cell = grid.cells[spec.cell[0]]?.[spec.cell[1]];
    if (!cell) throw new RangeError(`no map cell for ${spec.name}`);
    const kern = area(spec.name, 'KERN', spec.postcodes, cell);
    partOf(kern, municipality);
    const slot: KernSlot = {
      index,
      name: spec.name,
      areaId: kern.id,
      buurten: [],
      postcodes: spec.postcodes,
    };
    const wijkQuads: Quad[] = stripsWestToEast(cell, spec.wijken.length);
    spec.wijken.forEach((wijkName, w) => {
      const postcode = spec.postcodes[w % spec.postcodes.length] ?? '';
      const wijkCode = `${MUNICIPALITY_CBS}${String(wijkNumber).padStart(2, '0')}`;
      wijkNumber++;
      const wijkQuad = wijkQuads[w] as Quad;
      const wijk = area(wijkName, 'WIJK', [postcode], wijkQuad, `WK${wijkCode}`);
      partOf(wijk, kern);
      const names = buurtNames[w % buurtNames.length] ?? [];
      const count = spec.wijken.length > 2 ? 3 : 2;
      stripsSouthToNorth(wijkQuad, count).forEach((buurtQuad, b) => {
        const buurtName = `${names[b] ?? `Buurt ${b + 1}`} ${spec.name}`;
        const buurt = area(
          spec.wijken.length > 2 ? `${buurtName} (${wijkName.split('-')[1] ?? w})` : buurtName,
          'BUURT',
          [postcode],
          buurtQuad,
          `BU${wijkCode}${String(b).padStart(2, '0')}`,
        );
        partOf(buurt, wijk);
        slot.buurten.push({ areaId: buurt.id, postcode });
      });
    });
    context.kernen.push(slot);
  });

  for (const name of themeNames) {
    const id = random.uuid();
    context.themeIds.set(name, id);
    context.out.node('Theme', {
      id,
      name,
      createdAt,
      updatedAt: createdAt,
      createdBy: 'system',
      source: context.source,
    });
  }
}
