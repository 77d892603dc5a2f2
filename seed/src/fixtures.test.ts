import { describe, expect, it } from 'vitest';
import { FixtureBuilder } from './fixtures.js';

describe('FixtureBuilder', () => {
  it('builds a small valid network with deterministic ids and loader chunks, nodes first', () => {
    const build = () => {
      const f = new FixtureBuilder('two-villages');
      const lievelde = f.area('Lievelde');
      const anna = f.person({ name: 'Anna' });
      const gm = f.official('GEBIEDSMAKELAAR', { name: 'Gert' });
      f.link('LIVES_IN', anna, lievelde);
      f.link('COVERS', gm, lievelde);
      f.knows(anna, gm, { strength: 4 });
      return f;
    };
    const f = build();
    expect(f.rows.Person.map((p) => p.id)).toEqual(build().rows.Person.map((p) => p.id));
    expect(f.rows.Person[1]?.officialRole).toBe('GEBIEDSMAKELAAR');
    expect(
      f
        .chunks()
        .map((c) => (c.kind === 'nodes' ? c.label : c.kind === 'relationships' ? c.type : c.kind)),
    ).toEqual(['Area', 'Person', 'LIVES_IN', 'COVERS', 'KNOWS']);
  });

  it('refuses links the data model does not allow', () => {
    const f = new FixtureBuilder();
    const area = f.area('Zieuwent');
    const theme = f.theme('Sport');
    expect(() => f.link('KNOWS', area, theme)).toThrow(/not in the data model/);
    expect(() => f.knows({ id: 'elsewhere' }, area)).toThrow(/made by this builder/);
  });
});
