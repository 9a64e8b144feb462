import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addDepartmentAlias, createDepartment, createSection, deleteDepartmentAlias, renameSection, updateDepartment } from '../api/departments-admin.api';
import type { DepartmentPatchInput } from '@plantrack/contract/organisation/departments.contract';

/** Every change to the directory refreshes every department list (pickers included) and section list. */
function useRefreshDirectory() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['departments'] });
}

/** POST /api/departments */
export function useCreateDepartment() {
  const onSuccess = useRefreshDirectory();
  return useMutation({ mutationFn: createDepartment, onSuccess });
}

/** PATCH /api/departments/:id — with the version the editor read; a stale one is 409. */
export function useUpdateDepartment() {
  const onSuccess = useRefreshDirectory();
  return useMutation({
    mutationFn: ({ id, ...input }: DepartmentPatchInput & { id: number }) => updateDepartment(id, input),
    onSuccess,
  });
}

/** POST /api/departments/:id/aliases — a name the Excel import and searches also accept. */
export function useAddDepartmentAlias() {
  const onSuccess = useRefreshDirectory();
  return useMutation({ mutationFn: ({ id, alias }: { id: number; alias: string }) => addDepartmentAlias(id, alias), onSuccess });
}

/** DELETE /api/departments/:id/aliases/:aliasId */
export function useDeleteDepartmentAlias() {
  const onSuccess = useRefreshDirectory();
  return useMutation({ mutationFn: ({ id, aliasId }: { id: number; aliasId: number }) => deleteDepartmentAlias(id, aliasId), onSuccess });
}

/** POST /api/departments/:id/sections */
export function useCreateSection() {
  const onSuccess = useRefreshDirectory();
  return useMutation({ mutationFn: ({ departmentId, name }: { departmentId: number; name: string }) => createSection(departmentId, name), onSuccess });
}

/** PATCH /api/sections/:id — with its version. */
export function useRenameSection() {
  const onSuccess = useRefreshDirectory();
  return useMutation({ mutationFn: ({ id, name, version }: { id: number; name: string; version: number }) => renameSection(id, name, version), onSuccess });
}
