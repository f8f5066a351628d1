import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

type Document = Schemas['DocumentView'];

/**
 * Every file the student uploaded: those outside requests (GET /documents) and those of each of their requests
 * (GET /requests/{id}/documents), newest first. A document step's evidence names one of them.
 */
export function useMyDocuments(enabled: boolean) {
  return useQuery({
    queryKey: ['my-documents'],
    enabled,
    queryFn: async (): Promise<Document[]> => {
      const page = { limit: 100 };
      const [loose, requests] = await Promise.all([
        call(api.GET('/documents', { params: { query: page } })),
        call(api.GET('/requests/mine', { params: { query: page } })),
      ]);
      const perRequest = await Promise.all(
        requests.items.map((request) =>
          call(api.GET('/requests/{id}/documents', { params: { path: { id: request.id }, query: page } })).then(
            (p) => p.items,
          ),
        ),
      );
      return [...loose.items, ...perRequest.flat()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}
