/**
 * How each index the rebuild creates is spread over the nodes (ELASTICSEARCH_SHARDS, ELASTICSEARCH_REPLICAS).
 * The mapping files stay the definition of an index; these two settings replace theirs, because they depend on
 * the deployment (one dev node or a cluster), not on the data.
 */
export class IndexLayout {
  constructor(
    readonly shards: number,
    readonly replicas: number,
  ) {}

  /** The mapping file's settings with this layout merged in. */
  apply(settings: Record<string, unknown>): Record<string, unknown> {
    return { ...settings, number_of_shards: this.shards, number_of_replicas: this.replicas };
  }
}
