-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('ORDER_RULE', 'ORDER_PRODUCTS', 'REFERRER_ORDER', 'SIGNUP_REFERRER', 'SIGNUP_GIFT', 'REVIEW', 'COMMISSION', 'ORDER_PAYMENT', 'ORDER_REFUND', 'MANUAL', 'REVERSAL');

-- CreateEnum
CREATE TYPE "LedgerSource" AS ENUM ('ORDER', 'REVIEW', 'CUSTOMER', 'MANUAL');

-- CreateEnum
CREATE TYPE "PointsRuleType" AS ENUM ('ORDER');

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "sourceType" "LedgerSource" NOT NULL,
    "sourceId" UUID,
    "referredId" UUID,
    "ruleId" UUID,
    "ruleSnapshot" JSONB,
    "note" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "reversesId" UUID,
    "shortfall" BIGINT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WalletEntry" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "sourceType" "LedgerSource" NOT NULL,
    "sourceId" UUID,
    "referredId" UUID,
    "ruleId" UUID,
    "ruleSnapshot" JSONB,
    "note" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "reversesId" UUID,
    "shortfall" BIGINT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WalletEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsRule" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "PointsRuleType" NOT NULL DEFAULT 'ORDER',
    "minOrderTotal" BIGINT,
    "minItemCount" INTEGER,
    "points" BIGINT NOT NULL,
    "referrerPoints" BIGINT NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PointsRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionRule" (
    "id" UUID NOT NULL,
    "maxDaysSinceSignup" INTEGER NOT NULL,
    "minOrderAmount" BIGINT NOT NULL,
    "percentBp" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommissionRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_idempotencyKey_key" ON "PointsEntry"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_reversesId_key" ON "PointsEntry"("reversesId");

-- CreateIndex
CREATE INDEX "PointsEntry_customerId_createdAt_id_idx" ON "PointsEntry"("customerId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "PointsEntry_sourceType_sourceId_idx" ON "PointsEntry"("sourceType", "sourceId");

-- CreateIndex
CREATE INDEX "PointsEntry_customerId_referredId_idx" ON "PointsEntry"("customerId", "referredId");

-- CreateIndex
CREATE INDEX "PointsEntry_createdAt_idx" ON "PointsEntry"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WalletEntry_idempotencyKey_key" ON "WalletEntry"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "WalletEntry_reversesId_key" ON "WalletEntry"("reversesId");

-- CreateIndex
CREATE INDEX "WalletEntry_customerId_createdAt_id_idx" ON "WalletEntry"("customerId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "WalletEntry_sourceType_sourceId_idx" ON "WalletEntry"("sourceType", "sourceId");

-- CreateIndex
CREATE INDEX "WalletEntry_customerId_referredId_idx" ON "WalletEntry"("customerId", "referredId");

-- CreateIndex
CREATE INDEX "WalletEntry_createdAt_idx" ON "WalletEntry"("createdAt");

-- CreateIndex
CREATE INDEX "PointsRule_active_createdAt_id_idx" ON "PointsRule"("active", "createdAt", "id");

-- CreateIndex
CREATE INDEX "CommissionRule_active_createdAt_id_idx" ON "CommissionRule"("active", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "PointsEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletEntry" ADD CONSTRAINT "WalletEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletEntry" ADD CONSTRAINT "WalletEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletEntry" ADD CONSTRAINT "WalletEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "WalletEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The ledgers are append-only (P-4): a correction is a new entry, never an edit. The database refuses
-- UPDATE and DELETE of an entry; the one change allowed is ON DELETE SET NULL of "createdById".
-- (Prisma's schema cannot express triggers; the migration check does not see them.)
CREATE FUNCTION "ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'createdById') = (to_jsonb(OLD) - 'createdById') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'ledger % is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER "PointsEntry_append_only" BEFORE UPDATE OR DELETE ON "PointsEntry" FOR EACH ROW EXECUTE FUNCTION "ledger_append_only"();
CREATE TRIGGER "WalletEntry_append_only" BEFORE UPDATE OR DELETE ON "WalletEntry" FOR EACH ROW EXECUTE FUNCTION "ledger_append_only"();
