import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one TypeORM configuration, shared by the API, the worker, the migration runner and the tests.
 * Schema changes only through migrations: `synchronize` stays off everywhere.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    // Nest modules register their entities with TypeOrmModule.forFeature (autoLoadEntities).
    entities: [],
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 10, connectionTimeoutMillis: 5000 },
    // Tests provoke constraint violations on purpose; their failed queries are expected, not news.
    logging:
      config.env === 'test'
        ? false
        : config.env === 'development'
          ? ['error', 'warn', 'migration']
          : ['error', 'migration'],
  };
}
