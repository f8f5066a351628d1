import { EntityManager } from 'typeorm';
import { NaceSection } from './nace-section.entity';
import { ReferenceService } from './reference.service';

/** An EntityManager that serves one section and counts its reads; `failNext` makes the next load fail. */
function fakeManager() {
  const state = { reads: 0, failNext: false };
  const manager = {
    find: jest.fn(async (entity: unknown) => {
      state.reads++;
      if (state.failNext) throw new Error('connect ECONNREFUSED');
      if (entity !== NaceSection) return [];
      return [{ code: 'J', labelFr: 'Information et communication', labelEn: 'Information and communication' }];
    }),
  };
  return { manager: manager as unknown as EntityManager, state };
}

describe('ReferenceService', () => {
  it('reads the tables once, even for concurrent first callers', async () => {
    const { manager, state } = fakeManager();
    const service = new ReferenceService(manager);
    const [sections, isSection] = await Promise.all([service.naceSections('en'), service.isSection('J')]);
    await service.sectionLabel('J', 'fr');
    expect(sections).toEqual([{ code: 'J', label: 'Information and communication' }]);
    expect(isSection).toBe(true);
    expect(state.reads).toBe(5); // one read per table
  });

  it('tries again after a failed load', async () => {
    const { manager, state } = fakeManager();
    const service = new ReferenceService(manager);
    state.failNext = true;
    await expect(service.naceSections('fr')).rejects.toThrow('ECONNREFUSED');
    state.failNext = false;
    await expect(service.sectionLabel('J', 'fr')).resolves.toBe('Information et communication');
  });
});
