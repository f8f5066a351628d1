/** Where a request stands: only a published request that is visible to companies is shown to them. */
export enum RequestStatus {
  Draft = 'draft',
  Published = 'published',
  Archived = 'archived',
}

/** What a history row records. Document actions are kept with the request: they change its searchable profile. */
export enum RequestAction {
  Created = 'created',
  Updated = 'updated',
  Published = 'published',
  Unpublished = 'unpublished',
  Archived = 'archived',
  DocumentAdded = 'document_added',
  DocumentReplaced = 'document_replaced',
  DocumentRemoved = 'document_removed',
  DocumentTextExtracted = 'document_text_extracted',
}
