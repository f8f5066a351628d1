import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

/** The programmes the signed-in programme manager manages (their university's, by manager). */
export function useMyProgrammes(universityId: string | null, meId: string) {
  return useQuery({
    queryKey: ['my-programmes', universityId, meId],
    enabled: Boolean(universityId),
    queryFn: async () => {
      const page = await call(
        api.GET('/universities/{id}/programmes', { params: { path: { id: universityId! }, query: { limit: 100 } } }),
      );
      return page.items.filter((programme) => programme.managerId === meId);
    },
  });
}
