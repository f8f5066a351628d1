import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { Role } from '../../common/auth/role.enum';

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @ApiPropertyOptional({
    description: 'Part of the name or of the e-mail address (case and accents ignored)',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only the people of this university' })
  @IsOptional()
  @IsUUID()
  universityId?: string;
}

/** One account as the platform admin sees it in the users list. */
export class UserListItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) civility!: string | null;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: String, nullable: true }) universityId!: string | null;
  @ApiProperty({ type: String, nullable: true }) universityName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Company contacts: their company' }) companyName!:
    string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailVerifiedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
