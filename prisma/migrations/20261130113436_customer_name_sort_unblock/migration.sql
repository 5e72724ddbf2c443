-- DropIndex
DROP INDEX "Customer_sortName_id_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "statusBeforeBlock" "UserStatus";

-- CreateIndex
CREATE INDEX "Customer_sortName_id_deletedAt_userId_searchText_idx" ON "Customer"("sortName", "id", "deletedAt", "userId", "searchText");

-- Names sort by nameSortKey (lib/name-sort.ts): the same folding as lib/normalize.ts, then the
-- Persian alphabet in its dictionary order (private-use code points), for the rows written before it.
UPDATE "Customer" c
SET "sortName" = translate(
  btrim(regexp_replace(lower(regexp_replace(
    translate(u."name", U&'\064A\0649\0643\0629\0623\0625\0622\0671\0624\0626\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669', U&'\06CC\06CC\06A9\0647\0627\0627\0627\0627\0648\06CC\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039'),
    '[\u064B-\u065F\u0670\u0640\u200C-\u200F]', '', 'g')), '\s+', ' ', 'g')),
  U&'\0621\0627\0628\067E\062A\062B\062C\0686\062D\062E\062F\0630\0631\0632\0698\0633\0634\0635\0636\0637\0638\0639\063A\0641\0642\06A9\06AF\0644\0645\0646\0648\0647\06CC', U&'\E000\E001\E002\E003\E004\E005\E006\E007\E008\E009\E00A\E00B\E00C\E00D\E00E\E00F\E010\E011\E012\E013\E014\E015\E016\E017\E018\E019\E01A\E01B\E01C\E01D\E01E\E01F\E020')
FROM "User" u
WHERE u."id" = c."userId" AND c."deletedAt" IS NULL;


-- A finer histogram for the search column: at the default 100 buckets the planner's estimate for
-- LIKE '%…%' on a common surname swung between 100 and 30,000 rows from one ANALYZE to the next,
-- and the list's plan flipped with it (bench/README.md).
ALTER TABLE "Customer" ALTER COLUMN "searchText" SET STATISTICS 1000;
ANALYZE "Customer";
