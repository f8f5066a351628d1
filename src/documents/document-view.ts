import { DocumentView } from './dto/document.dto';
import { StudentDocument } from './student-document.entity';

export function documentView(document: StudentDocument): DocumentView {
  const {
    id,
    requestId,
    kind,
    fileName,
    contentType,
    sizeBytes,
    sha256,
    textStatus,
    textFailure,
    textExtractedAt,
    sentAt,
    createdAt,
  } = document;
  return {
    id,
    requestId,
    kind,
    fileName,
    contentType,
    sizeBytes,
    sha256,
    textStatus,
    textFailure: textFailure ?? null,
    textExtractedAt,
    sentAt,
    createdAt,
  };
}
