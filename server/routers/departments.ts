import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  departmentIdSchema,
  departmentReorderSchema,
  departmentSchema,
  departmentUpdateSchema,
  staffSearchSchema,
} from "@/lib/schemas/departments";
import {
  createDepartment,
  deleteDepartment,
  listDepartments,
  reorderDepartments,
  searchStaff,
  setDepartmentActive,
  updateDepartment,
} from "../services/departments";

const read = adminProcedure("departments.read");
const write = adminProcedure("departments.write");

// Departments of the inbox (issue 10 point 1).
export const departmentsRouter = router({
  /** All departments, active or not, with their staff and thread counts. */
  list: read.query(({ ctx }) => listDepartments(ctx.db)),
  /** The staff picker of the form: staff users by name or username. */
  staffOptions: write.input(staffSearchSchema).query(({ ctx, input }) => searchStaff(ctx.db, input.query)),
  create: write.input(departmentSchema).mutation(({ ctx, input }) => createDepartment(ctx.db, ctx.actor, input)),
  update: write
    .input(departmentUpdateSchema)
    .mutation(({ ctx, input: { id, ...data } }) => updateDepartment(ctx.db, ctx.actor, id, data)),
  activate: write.input(departmentIdSchema).mutation(({ ctx, input }) => setDepartmentActive(ctx.db, ctx.actor, input.id, true)),
  deactivate: write.input(departmentIdSchema).mutation(({ ctx, input }) => setDepartmentActive(ctx.db, ctx.actor, input.id, false)),
  /** Refused with a field error while the department has threads: deactivate it instead. */
  delete: write.input(departmentIdSchema).mutation(({ ctx, input }) => deleteDepartment(ctx.db, ctx.actor, input.id)),
  reorder: write.input(departmentReorderSchema).mutation(({ ctx, input }) => reorderDepartments(ctx.db, ctx.actor, input.ids)),
});
