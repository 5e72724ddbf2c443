-- CreateIndex
CREATE INDEX "Thread_departmentId_staffUnread_idx" ON "Thread"("departmentId", "staffUnread");

-- CreateIndex
CREATE INDEX "Thread_customerId_customerUnread_idx" ON "Thread"("customerId", "customerUnread");
