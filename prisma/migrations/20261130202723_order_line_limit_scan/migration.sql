-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "cancelled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "customerId" UUID,
ADD COLUMN     "placedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "OrderLine_customerId_cancelled_placedAt_productId_categoryI_idx" ON "OrderLine"("customerId", "cancelled", "placedAt", "productId", "categoryId", "brandId", "quantity");

-- The order's customer, time and cancellation, copied onto its lines: on insert of a line, and
-- again whenever the order's own values change.
CREATE FUNCTION "order_line_copy_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT o."customerId", o."placedAt", o.status = 'CANCELLED'
    INTO NEW."customerId", NEW."placedAt", NEW."cancelled"
    FROM "Order" o WHERE o.id = NEW."orderId";
  RETURN NEW;
END $$;
CREATE TRIGGER "OrderLine_copy_order" BEFORE INSERT OR UPDATE OF "orderId" ON "OrderLine"
  FOR EACH ROW EXECUTE FUNCTION "order_line_copy_order"();

CREATE FUNCTION "order_copy_to_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "OrderLine" SET "customerId" = NEW."customerId", "placedAt" = NEW."placedAt", "cancelled" = NEW.status = 'CANCELLED'
    WHERE "orderId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER "Order_copy_to_lines" AFTER UPDATE OF "customerId", "placedAt", "status" ON "Order"
  FOR EACH ROW WHEN (OLD."customerId" IS DISTINCT FROM NEW."customerId" OR OLD."placedAt" IS DISTINCT FROM NEW."placedAt"
    OR (OLD.status = 'CANCELLED') IS DISTINCT FROM (NEW.status = 'CANCELLED'))
  EXECUTE FUNCTION "order_copy_to_lines"();

-- Lines written before this migration.
UPDATE "OrderLine" l SET "customerId" = o."customerId", "placedAt" = o."placedAt", "cancelled" = o.status = 'CANCELLED'
  FROM "Order" o WHERE o.id = l."orderId";
