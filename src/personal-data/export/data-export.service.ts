import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type archiver from 'archiver';
import type { Archiver } from 'archiver';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { EXPORT_SECTIONS } from './export-sections';

interface DocumentFile {
  id: string;
  fileName: string;
  storageKey: string;
  sizeBytes: number;
}

/** What the answer's headers announce before the first byte of the zip. */
export interface PreparedExport {
  fileName: string;
  documentCount: number;
  documentBytes: number;
  /** The zip, written while it is read: the JSON files first (manifest.json leading), then each document. */
  archive: Archiver;
}

/**
 * "Télécharger mes données": everything the platform holds about the caller, as a zip streamed to them. The JSON
 * is read first (it is small: bounded per account); the files follow one at a time, so at most one of them is in
 * memory whatever the export's size.
 */
@Injectable()
export class DataExportService {
  private readonly logger = new Logger(DataExportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: DocumentStorage,
  ) {}

  async prepare(caller: AuthUser): Promise<PreparedExport> {
    // One snapshot for every section, so the files agree with one another.
    const { sections, documents } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const read = [];
      for (const section of EXPORT_SECTIONS) {
        read.push({ file: section.file, rows: (await manager.query(section.sql, [caller.id])) as object[] });
      }
      const files = (await manager.query(
        `SELECT id, file_name AS "fileName", storage_key AS "storageKey", size_bytes AS "sizeBytes"
           FROM documents WHERE owner_id = $1 ORDER BY created_at`,
        [caller.id],
      )) as DocumentFile[];
      return { sections: read, documents: files };
    });

    const generatedAt = new Date();
    const documentBytes = documents.reduce((sum, d) => sum + d.sizeBytes, 0);
    const manifest = {
      generatedAt: generatedAt.toISOString(),
      userId: caller.id,
      sections: sections.map((s) => ({ file: `data/${s.file}`, rows: s.rows.length })),
      documents: documents.map((d) => ({ id: d.id, file: documentPath(d), bytes: d.sizeBytes })),
      documentCount: documents.length,
      documentBytes,
    };
    // PDFs are compressed already: stored as they are, so the zip's size is close to what the headers announce.
    // Loaded with the first export, not at boot (~9 MB resident for a rare request).
    const { default: createArchive } = await import('archiver');
    const archive = createArchive('zip', { zlib: { level: 6 } });
    void this.write(archive, manifest, sections, documents);
    return {
      fileName: `semsem-stages-data-${generatedAt.toISOString().slice(0, 10)}.zip`,
      documentCount: documents.length,
      documentBytes,
      archive,
    };
  }

  private async write(
    archive: Archiver,
    manifest: object,
    sections: Array<{ file: string; rows: object[] }>,
    documents: DocumentFile[],
  ): Promise<void> {
    try {
      await addEntry(archive, json(manifest), { name: 'manifest.json' });
      for (const section of sections) await addEntry(archive, json(section.rows), { name: `data/${section.file}` });
      for (const document of documents) {
        await addEntry(archive, await this.storage.get(document.storageKey), {
          name: documentPath(document),
          store: true,
        });
      }
      await archive.finalize();
    } catch (error) {
      // The headers are gone already: the only honest end is a broken download, never a zip that looks complete.
      this.logger.error(`export failed: ${(error as Error).message}`);
      archive.abort();
      archive.destroy(error as Error);
    }
  }
}

function documentPath(document: DocumentFile): string {
  return `documents/${document.id}-${document.fileName.replace(/[/\\]/g, '_')}`;
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/** Appends one entry and waits until archiver has taken it in, so the next file is read only then. */
function addEntry(archive: Archiver, data: Buffer, entry: archiver.ZipEntryData): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      archive.off('error', failed);
      resolve();
    };
    const failed = (error: Error) => {
      archive.off('entry', done);
      reject(error);
    };
    archive.once('entry', done);
    archive.once('error', failed);
    archive.append(data, entry);
  });
}
