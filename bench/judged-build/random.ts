import { Random } from '../../test/support/profile-factory';

/**
 * The seeded generator of the test data (mulberry32), with the shuffle the judged set is drawn with: the judged set
 * is the same on every run of the generator.
 */
export class Rng extends Random {
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** `n` distinct items, the first of a shuffle (not the base class's draw: the set was written with this one). */
  override sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }
}
