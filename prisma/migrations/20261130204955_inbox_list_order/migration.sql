-- DropIndex
DROP INDEX "Thread_assigneeId_status_waitingSince_id_idx";

-- DropIndex
DROP INDEX "Thread_departmentId_status_waitingSince_id_idx";

-- DropIndex
DROP INDEX "Thread_lastMessageAt_id_idx";

-- DropIndex
DROP INDEX "Thread_status_waitingSince_id_idx";

-- DropIndex
DROP INDEX "Thread_waitingSince_id_idx";

-- CreateIndex
CREATE INDEX "Thread_waitingSince_lastMessageAt_id_idx" ON "Thread"("waitingSince", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Thread_status_waitingSince_lastMessageAt_id_idx" ON "Thread"("status", "waitingSince", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Thread_departmentId_waitingSince_lastMessageAt_id_idx" ON "Thread"("departmentId", "waitingSince", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Thread_assigneeId_waitingSince_lastMessageAt_id_idx" ON "Thread"("assigneeId", "waitingSince", "lastMessageAt" DESC, "id" DESC);
