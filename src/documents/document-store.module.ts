import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { DocumentStorage } from './storage/document-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { StudentDocument } from './student-document.entity';

/**
 * The document rows and the storage of their bytes, for the API and the worker alike. Local disk is the default
 * storage; another one (S3-compatible) is bound here without touching any caller.
 */
@Module({
  imports: [TypeOrmModule.forFeature([StudentDocument])],
  providers: [
    {
      provide: DocumentStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.documents.storageDir),
    },
  ],
  exports: [TypeOrmModule, DocumentStorage],
})
export class DocumentStoreModule {}
