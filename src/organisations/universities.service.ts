import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page } from '../common/paging/page';
import { isUniqueViolation } from '../common/sql/postgres-errors';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { OrganisationsError, OrganisationsException } from './organisations.exception';
import { Programme } from './programme.entity';
import { University } from './university.entity';
import {
  CreateProgrammeDto,
  CreateUniversityDto,
  ProgrammeDto,
  UniversityDto,
  UniversityQueryDto,
} from './dto/university.dto';

/** Universities ("établissements") and their programmes ("filières"). */
@Injectable()
export class UniversitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: UniversityQueryDto): Promise<Page<UniversityDto>> {
    const builder = this.dataSource.getRepository(University).createQueryBuilder('u').orderBy('u.name', 'ASC');
    if (query.name) builder.where('unaccent(u.name) ILIKE unaccent(:name)', { name: `%${query.name}%` });
    const [rows, total] = await builder.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(toUniversityDto), total, limit: query.limit, offset: query.offset };
  }

  async create(input: CreateUniversityDto): Promise<UniversityDto> {
    try {
      const saved = await this.dataSource.getRepository(University).save({
        name: input.name.trim(),
        countryCode: input.countryCode,
        city: input.city.trim(),
      });
      return toUniversityDto(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new OrganisationsException(OrganisationsError.UniversityExists);
      throw error;
    }
  }

  async listProgrammes(universityId: string, page: PageQueryDto): Promise<Page<ProgrammeDto>> {
    await this.getUniversity(universityId);
    const [rows, total] = await this.dataSource.getRepository(Programme).findAndCount({
      where: { universityId },
      order: { name: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items: rows.map(toProgrammeDto), total, limit: page.limit, offset: page.offset };
  }

  async createProgramme(universityId: string, input: CreateProgrammeDto): Promise<ProgrammeDto> {
    await this.getUniversity(universityId);
    try {
      const saved = await this.dataSource
        .getRepository(Programme)
        .save({ universityId, name: input.name.trim(), managerId: null });
      return toProgrammeDto(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new OrganisationsException(OrganisationsError.ProgrammeExists);
      throw error;
    }
  }

  async getUniversity(id: string): Promise<University> {
    const university = await this.dataSource.getRepository(University).findOneBy({ id });
    if (!university) throw new OrganisationsException(OrganisationsError.UniversityNotFound);
    return university;
  }

  async getProgramme(id: string): Promise<Programme> {
    const programme = await this.dataSource.getRepository(Programme).findOneBy({ id });
    if (!programme) throw new OrganisationsException(OrganisationsError.ProgrammeNotFound);
    return programme;
  }
}

export function toProgrammeDto(programme: Programme): ProgrammeDto {
  return {
    id: programme.id,
    universityId: programme.universityId,
    name: programme.name,
    managerId: programme.managerId,
  };
}

function toUniversityDto(university: University): UniversityDto {
  return { id: university.id, name: university.name, countryCode: university.countryCode, city: university.city };
}
