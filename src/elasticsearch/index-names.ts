/**
 * Index and alias names. Reads go through the alias (`<prefix><name>`); writes during a rebuild name a
 * concrete versioned index (`<prefix><name>_v<mapping version>_<timestamp>`).
 */
export class IndexNames {
  constructor(readonly prefix: string) {}

  alias(name: string): string {
    return `${this.prefix}${name}`;
  }

  versioned(name: string, mappingVersion: number, at: Date = new Date()): string {
    const stamp = at
      .toISOString()
      .replace(/[-:.TZ]/g, '')
      .slice(0, 17);
    return `${this.alias(name)}_v${mappingVersion}_${stamp}`;
  }

  /**
   * The index an alias gets when it has none yet. The same name in every process (the epoch as its stamp, so it has
   * the shape of every other versioned index), so processes starting together create one index, not one each.
   */
  first(name: string, mappingVersion: number): string {
    return this.versioned(name, mappingVersion, new Date(0));
  }
}
