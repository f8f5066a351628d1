import { Client, estypes } from '@elastic/elasticsearch';

/** Our engine/analysis-fr plugin, installed in the node the project starts, analyses French as we need. */
describe('French analysis plugin', () => {
  const client = new Client({ node: process.env.ELASTICSEARCH_URL! });
  const chain: estypes.AnalysisTokenFilter[] = [
    'semsem_fr_elision',
    'lowercase',
    { type: 'stop', stopwords: ['_french_'] },
    'semsem_fr_light_stem',
    'semsem_ascii_folding',
  ];

  afterAll(() => client.close());

  async function tokens(text: string): Promise<string[]> {
    const result = await client.indices.analyze({ tokenizer: 'standard', filter: chain, text });
    return (result.tokens ?? []).map((t) => t.token);
  }

  it('removes the article, folds accents and stems', async () => {
    const result = await tokens("L'Étudiante développe des applications");
    expect(result).not.toContain('l');
    expect(result).not.toContain('des');
    expect(result).toHaveLength(3);
    expect(result.join(' ')).toMatch(/^etudiant develop\S* \S+$/);
    for (const token of result) expect(token).toMatch(/^[a-z]+$/);
  });

  it('makes plural, accented, capitalised and elided forms meet', async () => {
    const forms = ['ingénieurs', 'ingenieur', 'Ingénieur', "l'ingénieur", 'L’INGÉNIEUR'];
    const analysed = await Promise.all(forms.map(tokens));
    for (const result of analysed) expect(result).toEqual(analysed[1]);
    expect(analysed[1]).toHaveLength(1);
  });

  it('is usable by name in an index analyzer', async () => {
    const index = `${process.env.ELASTICSEARCH_INDEX_PREFIX}analysis_check`;
    await client.indices.create({
      index,
      settings: {
        number_of_replicas: 0,
        analysis: {
          filter: { semsem_fr_stop: { type: 'stop', stopwords: '_french_' } },
          analyzer: {
            french: {
              type: 'custom',
              tokenizer: 'standard',
              filter: [
                'semsem_fr_elision',
                'lowercase',
                'semsem_fr_stop',
                'semsem_fr_light_stem',
                'semsem_ascii_folding',
              ],
            },
          },
        },
      },
      mappings: { properties: { title: { type: 'text', analyzer: 'french' } } },
    });
    try {
      await client.index({ index, document: { title: "Stage d'ingénieur en développement" }, refresh: true });
      const found = await client.search({ index, query: { match: { title: 'Ingenieurs developpement' } } });
      expect(found.hits.hits).toHaveLength(1);
    } finally {
      await client.indices.delete({ index });
    }
  });
});
