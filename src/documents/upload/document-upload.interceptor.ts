import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { AppConfig } from '../../config/app-config';
import { DocumentsError, DocumentsException } from '../documents.exception';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/**
 * Reads one file (field `file`) into memory, no larger than `UPLOAD_MAX_BYTES`, plus a few small text fields.
 * Multer's own errors become document errors naming the field, so a refused upload is a problem-details answer;
 * nothing has been written anywhere at that point.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;
  private readonly maxBytes: number;

  constructor(config: AppConfig) {
    this.maxBytes = config.documents.maxBytes;
    const Multer = FileInterceptor(FILE_FIELD, {
      // No storage engine: multer keeps the file in memory, bounded by fileSize.
      limits: { fileSize: this.maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 6 },
      // Browsers send file names as raw UTF-8; multer's default (latin1) would garble accents.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) {
      return new DocumentsException(
        DocumentsError.FileTooLarge,
        `The file is larger than the ${this.maxBytes} bytes allowed`,
        FILE_FIELD,
      );
    }
    if (error instanceof BadRequestException) {
      return new DocumentsException(DocumentsError.MalformedUpload, `Malformed upload: ${error.message}`, FILE_FIELD);
    }
    return error;
  }
}
