-- DropIndex
DROP INDEX "User_name_id_idx";

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- Backfill: existing customers sort by their user's name.
UPDATE "Customer" c SET "sortName" = u."name" FROM "User" u WHERE u."id" = c."userId";

-- CreateIndex
CREATE INDEX "Customer_sortName_id_idx" ON "Customer"("sortName", "id");
