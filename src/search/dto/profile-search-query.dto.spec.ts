import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ProfileSort } from '../profile-search-criteria';
import { encodeCursor } from '../query/search-cursor';
import { criteriaOf, ProfileSearchQueryDto } from './profile-search-query.dto';

async function parse(query: Record<string, unknown>) {
  const dto = plainToInstance(ProfileSearchQueryDto, query);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, invalid: errors.map((error) => error.property) };
}

describe('ProfileSearchQueryDto', () => {
  it('takes lists as repeated parameters or comma lists, normalised', async () => {
    const { dto, invalid } = await parse({ country: ['fr', 'TN,ma'], studyYear: '4,5', language: 'FR', sector: '62' });
    expect(invalid).toEqual([]);
    expect(dto).toMatchObject({ country: ['FR', 'TN', 'MA'], studyYear: [4, 5], language: ['fr'], sector: ['62'] });
  });

  it('names each invalid parameter', async () => {
    const { invalid } = await parse({
      sector: '04',
      country: 'XX',
      studyYear: 'fourth',
      programme: 'not-a-uuid',
      availableFrom: '2026-02-30',
      limit: '101',
      sort: 'price',
    });
    expect(invalid.sort()).toEqual(['availableFrom', 'country', 'limit', 'programme', 'sector', 'sort', 'studyYear']);
  });

  it('refuses a window that ends before it starts', async () => {
    expect((await parse({ availableFrom: '2026-06-01', availableTo: '2026-05-01' })).invalid).toEqual(['availableTo']);
  });

  it('refuses a malformed cursor, and a cursor of another sort', async () => {
    expect((await parse({ cursor: 'bm90IGEgY3Vyc29y' })).invalid).toEqual(['cursor']);
    const byDate = encodeCursor({ sort: ProfileSort.Date, after: [1, 'x'] });
    expect((await parse({ q: 'java', cursor: byDate })).invalid).toEqual(['cursor']);
    expect((await parse({ q: 'java', sort: 'date', cursor: byDate })).invalid).toEqual([]);
  });

  it('becomes criteria with the default sort and the cursor values', async () => {
    const after = [3.5, 1767225600000, 'id'];
    const { dto } = await parse({
      q: ' java ',
      cursor: encodeCursor({ sort: ProfileSort.Relevance, after }),
      limit: '5',
    });
    expect(criteriaOf(dto)).toMatchObject({ q: 'java', sort: ProfileSort.Relevance, limit: 5, after });
    const { dto: blank } = await parse({ q: '   ' });
    expect(criteriaOf(blank)).toMatchObject({ q: null, sort: ProfileSort.Date, after: null, limit: 20 });
  });
});
