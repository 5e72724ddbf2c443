-- AlterTable
ALTER TABLE "CustomerGroupMember" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- Backfill the copies before the indexes are built.
UPDATE "CustomerGroupMember" m SET "sortName" = c."sortName", "searchText" = c."searchText" FROM "Customer" c WHERE c.id = m."customerId";

-- CreateIndex
CREATE INDEX "CustomerGroupMember_groupId_sortName_customerId_searchText_idx" ON "CustomerGroupMember"("groupId", "sortName", "customerId", "searchText");

-- CreateIndex
CREATE INDEX "CustomerGroupMember_searchText_idx" ON "CustomerGroupMember" USING GIN ("searchText" gin_trgm_ops);

-- The planner's estimate for LIKE '%…%' needs the finer histogram, as on "Customer"."searchText".
ALTER TABLE "CustomerGroupMember" ALTER COLUMN "searchText" SET STATISTICS 1000;

-- The copies are kept by the database, whoever writes memberships or customers (the app, imports,
-- bulk SQL): a new or moved membership copies its customer's values; a customer's new values reach
-- all of their memberships in the same transaction. (Prisma's schema cannot express triggers.)
CREATE FUNCTION "group_member_copy_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."sortName", c."searchText" INTO NEW."sortName", NEW."searchText" FROM "Customer" c WHERE c.id = NEW."customerId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "CustomerGroupMember_copy_customer" BEFORE INSERT OR UPDATE ON "CustomerGroupMember"
  FOR EACH ROW EXECUTE FUNCTION "group_member_copy_customer"();

CREATE FUNCTION "customer_copy_to_group_members"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CustomerGroupMember" SET "sortName" = NEW."sortName", "searchText" = NEW."searchText" WHERE "customerId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Customer_copy_to_group_members" AFTER UPDATE OF "sortName", "searchText" ON "Customer"
  FOR EACH ROW WHEN (OLD."sortName" IS DISTINCT FROM NEW."sortName" OR OLD."searchText" IS DISTINCT FROM NEW."searchText")
  EXECUTE FUNCTION "customer_copy_to_group_members"();
