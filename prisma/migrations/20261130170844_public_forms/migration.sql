-- CreateEnum
CREATE TYPE "PollStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "PollAudience" AS ENUM ('ANYONE', 'CUSTOMERS', 'GROUPS');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('UNREAD', 'READ', 'HANDLED');

-- DropIndex
DROP INDEX "ProductReview_customerId_idx";

-- AlterTable
ALTER TABLE "ProductReview" ADD COLUMN     "editedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Poll" (
    "id" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "allowMessage" BOOLEAN NOT NULL DEFAULT false,
    "audience" "PollAudience" NOT NULL DEFAULT 'ANYONE',
    "status" "PollStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Poll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollOption" (
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PollOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollRespondentType" (
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PollRespondentType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollGroup" (
    "pollId" UUID NOT NULL,
    "groupId" UUID NOT NULL,

    CONSTRAINT "PollGroup_pkey" PRIMARY KEY ("pollId","groupId")
);

-- CreateTable
CREATE TABLE "PollResponse" (
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "optionId" UUID NOT NULL,
    "respondentTypeId" UUID,
    "customerId" UUID,
    "visitorId" TEXT,
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PollResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mobile" TEXT,
    "email" TEXT,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'UNREAD',
    "searchText" TEXT NOT NULL DEFAULT '',
    "ip" TEXT,
    "readAt" TIMESTAMP(3),
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Poll_createdAt_id_idx" ON "Poll"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Poll_status_expiresAt_idx" ON "Poll"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "PollOption_pollId_position_idx" ON "PollOption"("pollId", "position");

-- CreateIndex
CREATE INDEX "PollRespondentType_pollId_position_idx" ON "PollRespondentType"("pollId", "position");

-- CreateIndex
CREATE INDEX "PollGroup_groupId_idx" ON "PollGroup"("groupId");

-- CreateIndex
CREATE INDEX "PollResponse_pollId_createdAt_id_idx" ON "PollResponse"("pollId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "PollResponse_pollId_optionId_createdAt_id_idx" ON "PollResponse"("pollId", "optionId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "PollResponse_pollId_respondentTypeId_optionId_idx" ON "PollResponse"("pollId", "respondentTypeId", "optionId");

-- CreateIndex
CREATE INDEX "PollResponse_optionId_idx" ON "PollResponse"("optionId");

-- CreateIndex
CREATE INDEX "PollResponse_respondentTypeId_idx" ON "PollResponse"("respondentTypeId");

-- CreateIndex
CREATE INDEX "PollResponse_customerId_idx" ON "PollResponse"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "PollResponse_pollId_customerId_key" ON "PollResponse"("pollId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "PollResponse_pollId_visitorId_key" ON "PollResponse"("pollId", "visitorId");

-- CreateIndex
CREATE INDEX "ContactMessage_createdAt_id_idx" ON "ContactMessage"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ContactMessage_status_createdAt_id_idx" ON "ContactMessage"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ContactMessage_searchText_idx" ON "ContactMessage" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProductReview_createdAt_id_idx" ON "ProductReview"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ProductReview_customerId_createdAt_id_idx" ON "ProductReview"("customerId", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollRespondentType" ADD CONSTRAINT "PollRespondentType_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollGroup" ADD CONSTRAINT "PollGroup_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollGroup" ADD CONSTRAINT "PollGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CustomerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollResponse" ADD CONSTRAINT "PollResponse_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollResponse" ADD CONSTRAINT "PollResponse_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "PollOption"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollResponse" ADD CONSTRAINT "PollResponse_respondentTypeId_fkey" FOREIGN KEY ("respondentTypeId") REFERENCES "PollRespondentType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollResponse" ADD CONSTRAINT "PollResponse_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
