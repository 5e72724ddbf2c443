-- DropIndex
DROP INDEX "OrderLine_orderId_idx";

-- CreateIndex
CREATE INDEX "OrderLine_orderId_productId_categoryId_brandId_quantity_idx" ON "OrderLine"("orderId", "productId", "categoryId", "brandId", "quantity");
