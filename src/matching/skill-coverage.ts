import { Client, estypes } from '@elastic/elasticsearch';
import { Injectable, Logger } from '@nestjs/common';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { IndexNames } from '../elasticsearch/index-names';
import { skillQuery } from './text-queries';

/** A check of the offer form answers within this, or says nothing: a warning never holds the form up. */
const COVERAGE_TIMEOUT_MS = 3_000;

/**
 * Which of an offer's skills no published request shows, read as the matching reads them (analysed words, qualifiers
 * and equivalents): the offer form warns about them, it does not refuse them ("CRM (Odoo)" found by nobody is
 * likely to be written differently by students).
 */
@Injectable()
export class SkillCoverage {
  private readonly logger = new Logger(SkillCoverage.name);

  constructor(
    private readonly client: Client,
    private readonly names: IndexNames,
  ) {}

  /** The skills that match no profile; none when the index cannot tell (missing or away). */
  async unmatched(skills: string[]): Promise<string[]> {
    if (skills.length === 0) return [];
    const index = this.names.alias(PROFILES_INDEX);
    try {
      const { responses } = await this.client.msearch(
        {
          searches: skills.flatMap((skill) => [
            { index },
            { size: 0, track_total_hits: 1, query: skillQuery(skill, 'all_text') },
          ]) as estypes.MsearchRequestItem[],
        },
        { requestTimeout: COVERAGE_TIMEOUT_MS, maxRetries: 0 },
      );
      return skills.filter((_, i) => {
        const response = responses[i];
        if ('error' in response) return false;
        const total = response.hits.total;
        return (typeof total === 'number' ? total : (total?.value ?? 0)) === 0;
      });
    } catch (error) {
      this.logger.warn(`skill coverage unknown: ${(error as Error).message}`);
      return [];
    }
  }
}
