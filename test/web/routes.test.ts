import { describe, expect, it } from 'vitest';

import { parseRoute, paths } from '../../web/explore/routes.js';

describe('explorer URLs', () => {
  it('names an entity page /explore/entity/<id> with the id percent-encoded, and reads it back', () => {
    expect(paths.entity('agency:WHO')).toBe('/explore/entity/agency%3AWHO');
    expect(parseRoute('/explore/entity/agency%3AWHO', '')).toEqual({ page: 'entity', id: 'agency:WHO' });
    const odd = 'department:LAB/ADMIN #1';
    expect(parseRoute(paths.entity(odd), '')).toEqual({ page: 'entity', id: odd });
  });

  it('round-trips every page through its URL', () => {
    const cases = [
      paths.home(),
      paths.collaborations({ partner: 'agency:FAO', sector: 'sector:health-services' }),
      paths.connections('agency:FAO', 'instrument:C184', 3),
      paths.gaps(['SECTOR_WITHOUT_INSTRUMENT', 'UNSOURCED_FACT']),
      paths.documents(),
      paths.document('document:002', '002#fn4'),
    ];
    const parsed = cases.map((url) => {
      const [path, search = ''] = url.split('?');
      return parseRoute(path!, search);
    });
    expect(parsed).toEqual([
      { page: 'home' },
      { page: 'collaborations', where: { partner: 'agency:FAO', sector: 'sector:health-services' } },
      { page: 'connections', from: 'agency:FAO', to: 'instrument:C184', maxHops: 3 },
      { page: 'gaps', kinds: ['SECTOR_WITHOUT_INSTRUMENT', 'UNSOURCED_FACT'] },
      { page: 'documents' },
      { page: 'document', id: 'document:002', passage: '002#fn4' },
    ]);
  });

  it('says when a URL names no page, or a broken id', () => {
    expect(parseRoute('/explore/nope', '')).toEqual({ page: 'not-found', path: '/explore/nope' });
    expect(parseRoute('/explore/entity/%E0%A4%A', '')).toEqual({
      page: 'not-found',
      path: '/explore/entity/%E0%A4%A',
    });
    expect(parseRoute('/explore/', '')).toEqual({ page: 'home' });
  });
});
