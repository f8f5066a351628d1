import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** One page of a list, with the total so a client can page. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The OpenAPI class of `Page<T>` for one item type (one class per item type, cached). */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const cached = pageClasses.get(item);
  if (cached) return cached as Type<Page<T>>;
  class PageDto implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty() total!: number;
    @ApiProperty() limit!: number;
    @ApiProperty() offset!: number;
  }
  Object.defineProperty(PageDto, 'name', { value: `PageOf${item.name}` });
  pageClasses.set(item, PageDto);
  return PageDto;
}

const pageClasses = new Map<unknown, unknown>();
