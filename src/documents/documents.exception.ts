import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { InvalidParam } from '../common/errors/problem-details';

export enum DocumentsError {
  NotFound = 'document_not_found',
  FileMissing = 'document_file_missing',
  FileEmpty = 'document_file_empty',
  FileTooLarge = 'document_file_too_large',
  UnsupportedType = 'document_unsupported_type',
  MalformedUpload = 'document_malformed_upload',
  TooManyDocuments = 'document_too_many',
  CvOfPublishedRequest = 'document_cv_of_published_request',
  SentWithApplication = 'document_sent_with_application',
}

const messages: Record<DocumentsError, string> = {
  [DocumentsError.NotFound]: 'No such document',
  [DocumentsError.FileMissing]: 'Send the file as the multipart field "file"',
  [DocumentsError.FileEmpty]: 'The file is empty',
  [DocumentsError.FileTooLarge]: 'The file is too large',
  [DocumentsError.UnsupportedType]: 'This type of file is not accepted here',
  [DocumentsError.MalformedUpload]: 'The multipart upload is malformed',
  [DocumentsError.TooManyDocuments]: 'This request already holds the most documents allowed',
  [DocumentsError.CvOfPublishedRequest]:
    'A published request needs its CV: upload a replacement, or take the request back to draft first',
  [DocumentsError.SentWithApplication]: 'This document was sent with an application and is kept as sent',
};

/** Errors of uploads and documents. `field` names the input at fault, as validation errors do. */
export class DocumentsException extends DomainException<DocumentsError> {
  constructor(code: DocumentsError, detail = messages[code], field?: string) {
    const errors: InvalidParam[] | undefined = field ? [{ field, message: detail }] : undefined;
    super(code, statusOf(code), detail, errors ? { errors } : {});
  }
}

function statusOf(code: DocumentsError): number {
  switch (code) {
    case DocumentsError.NotFound:
      return HttpStatus.NOT_FOUND;
    case DocumentsError.FileMissing:
    case DocumentsError.FileEmpty:
    case DocumentsError.MalformedUpload:
      return HttpStatus.BAD_REQUEST;
    case DocumentsError.FileTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case DocumentsError.UnsupportedType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case DocumentsError.TooManyDocuments:
    case DocumentsError.CvOfPublishedRequest:
    case DocumentsError.SentWithApplication:
      return HttpStatus.CONFLICT;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
