-- CreateEnum
CREATE TYPE "DepartmentNotify" AS ENUM ('NONE', 'EMAIL', 'SMS', 'BOTH');

-- CreateEnum
CREATE TYPE "ThreadStatus" AS ENUM ('OPEN', 'WAITING_CUSTOMER', 'WAITING_STAFF', 'CLOSED');

-- CreateEnum
CREATE TYPE "ThreadPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'fa',
ADD COLUMN     "notifyByEmail" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notifyBySms" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Department" (
    "id" UUID NOT NULL,
    "name" JSONB NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "notify" "DepartmentNotify" NOT NULL DEFAULT 'SMS',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentStaff" (
    "departmentId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "DepartmentStaff_pkey" PRIMARY KEY ("departmentId","userId")
);

-- CreateTable
CREATE TABLE "Thread" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "customerId" UUID NOT NULL,
    "departmentId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "priority" "ThreadPriority" NOT NULL DEFAULT 'NORMAL',
    "status" "ThreadStatus" NOT NULL DEFAULT 'OPEN',
    "assigneeId" UUID,
    "orderId" UUID,
    "openedByStaff" BOOLEAN NOT NULL,
    "createdById" UUID,
    "waitingSince" TIMESTAMP(3),
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "customerUnread" INTEGER NOT NULL DEFAULT 0,
    "staffUnread" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThreadMessage" (
    "id" UUID NOT NULL,
    "threadId" UUID NOT NULL,
    "authorId" UUID,
    "fromStaff" BOOLEAN NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThreadMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "eventKey" TEXT NOT NULL,
    "recipientKey" TEXT NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "userId" UUID,
    "address" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "transport" TEXT,
    "providerMessageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Department_active_position_idx" ON "Department"("active", "position");

-- CreateIndex
CREATE INDEX "DepartmentStaff_userId_idx" ON "DepartmentStaff"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_number_key" ON "Thread"("number");

-- CreateIndex
CREATE INDEX "Thread_waitingSince_id_idx" ON "Thread"("waitingSince", "id");

-- CreateIndex
CREATE INDEX "Thread_status_waitingSince_id_idx" ON "Thread"("status", "waitingSince", "id");

-- CreateIndex
CREATE INDEX "Thread_departmentId_status_waitingSince_id_idx" ON "Thread"("departmentId", "status", "waitingSince", "id");

-- CreateIndex
CREATE INDEX "Thread_assigneeId_status_waitingSince_id_idx" ON "Thread"("assigneeId", "status", "waitingSince", "id");

-- CreateIndex
CREATE INDEX "Thread_customerId_lastMessageAt_id_idx" ON "Thread"("customerId", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Thread_lastMessageAt_id_idx" ON "Thread"("lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Thread_searchText_idx" ON "Thread" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ThreadMessage_threadId_createdAt_id_idx" ON "ThreadMessage"("threadId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_messageId_idx" ON "Attachment"("messageId");

-- CreateIndex
CREATE INDEX "Delivery_createdAt_id_idx" ON "Delivery"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_status_createdAt_id_idx" ON "Delivery"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_channel_createdAt_id_idx" ON "Delivery"("channel", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_userId_createdAt_idx" ON "Delivery"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_eventKey_recipientKey_channel_key" ON "Delivery"("eventKey", "recipientKey", "channel");

-- AddForeignKey
ALTER TABLE "DepartmentStaff" ADD CONSTRAINT "DepartmentStaff_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentStaff" ADD CONSTRAINT "DepartmentStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadMessage" ADD CONSTRAINT "ThreadMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadMessage" ADD CONSTRAINT "ThreadMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ThreadMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
