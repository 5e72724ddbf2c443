import "server-only";
import type { Tx } from "./db";
import type { PaymentKind } from "./generated/prisma/client";
import { namesOf, type LocalizedText } from "@/lib/localized";
import { searchTextOf } from "@/lib/normalize";

// The demo catalog of a perfume and cosmetics shop (the seeds' examples), priced in toman, the
// store's default currency. Other parts (restrictions, order limits, checkout) refer to these codes.

const n = (fa: string, ar: string, en: string): LocalizedText => ({ fa, ar, en });

const WAREHOUSES = [
  { code: "tehran-central", name: n("انبار مرکزی تهران", "مستودع طهران المركزي", "Tehran central") },
  { code: "riyadh", name: n("انبار ریاض", "مستودع الرياض", "Riyadh") },
] as const;

const SHIPPING = [
  { code: "post", name: n("پست پیشتاز", "البريد السريع", "Express post"), price: 90_000n },
  { code: "courier", name: n("پیک موتوری", "مندوب توصيل", "Motorbike courier"), price: 150_000n },
  { code: "tipax", name: n("تیپاکس", "تيباكس", "Tipax"), price: 120_000n },
] as const;

const PAYMENT: { code: string; kind: PaymentKind; name: LocalizedText }[] = [
  { code: "online", kind: "ONLINE", name: n("پرداخت آنلاین", "الدفع الإلكتروني", "Online payment") },
  { code: "bank-slip", kind: "BANK_SLIP", name: n("فیش بانکی", "إيصال بنكي", "Bank slip") },
  { code: "cod", kind: "CASH_ON_DELIVERY", name: n("پرداخت در محل", "الدفع عند الاستلام", "Cash on delivery") },
  { code: "wallet", kind: "WALLET", name: n("کیف پول", "المحفظة", "Wallet") },
];

const CATEGORIES = [
  { code: "perfume", name: n("عطر", "عطور", "Perfume") },
  { code: "cosmetics", name: n("آرایشی", "مستحضرات التجميل", "Cosmetics") },
  { code: "skincare", name: n("مراقبت پوست", "العناية بالبشرة", "Skincare") },
] as const;

const BRANDS = [
  { code: "chanel", name: n("شنل", "شانيل", "Chanel") },
  { code: "dior", name: n("دیور", "ديور", "Dior") },
  { code: "lancome", name: n("لانکوم", "لانكوم", "Lancôme") },
  { code: "loreal", name: n("لورآل", "لوريال", "L'Oréal") },
] as const;

type Code<T extends readonly { code: string }[]> = T[number]["code"];

/** Price in toman, points in hundredths, stock in [tehran-central, riyadh]. */
const PRODUCTS: {
  sku: string;
  name: LocalizedText;
  price: bigint;
  points: bigint;
  category: Code<typeof CATEGORIES>;
  brand: Code<typeof BRANDS>;
  stock: [number, number];
}[] = [
  { sku: "CH-N5-100", name: n("عطر شنل شماره ۵ ادو پرفیوم ۱۰۰ میل", "عطر شانيل رقم 5 أو دو بارفان 100 مل", "Chanel No. 5 EDP 100ml"), price: 12_500_000n, points: 500n, category: "perfume", brand: "chanel", stock: [12, 4] },
  { sku: "CH-COCO-50", name: n("عطر کوکو مادمازل شنل ۵۰ میل", "عطر كوكو مادموازيل شانيل 50 مل", "Chanel Coco Mademoiselle EDP 50ml"), price: 9_800_000n, points: 400n, category: "perfume", brand: "chanel", stock: [8, 3] },
  { sku: "DI-SAUV-100", name: n("ادکلن ساواج دیور ۱۰۰ میل", "عطر سوفاج ديور 100 مل", "Dior Sauvage EDT 100ml"), price: 10_900_000n, points: 450n, category: "perfume", brand: "dior", stock: [15, 6] },
  { sku: "DI-JADORE-50", name: n("عطر ژادور دیور ۵۰ میل", "عطر جادور ديور 50 مل", "Dior J'adore EDP 50ml"), price: 8_700_000n, points: 350n, category: "perfume", brand: "dior", stock: [7, 2] },
  { sku: "LC-IDOLE-50", name: n("عطر ایدل لانکوم ۵۰ میل", "عطر إيدول لانكوم 50 مل", "Lancôme Idôle EDP 50ml"), price: 7_400_000n, points: 300n, category: "perfume", brand: "lancome", stock: [6, 5] },
  { sku: "LC-GENIF-50", name: n("سرم جنیفیک لانکوم ۵۰ میل", "سيروم جينيفيك لانكوم 50 مل", "Lancôme Advanced Génifique serum 50ml"), price: 6_200_000n, points: 250n, category: "skincare", brand: "lancome", stock: [10, 4] },
  { sku: "DI-ROUGE-999", name: n("رژ لب روژ دیور ۹۹۹", "أحمر شفاه روج ديور 999", "Rouge Dior lipstick 999"), price: 2_900_000n, points: 150n, category: "cosmetics", brand: "dior", stock: [20, 10] },
  { sku: "CH-ALLURE-104", name: n("رژ لب روژ آلور شنل ۱۰۴", "أحمر شفاه روج ألور شانيل 104", "Chanel Rouge Allure lipstick 104"), price: 2_600_000n, points: 100n, category: "cosmetics", brand: "chanel", stock: [14, 6] },
  { sku: "LO-REVIT-50", name: n("کرم روز ریوایتالیفت لورآل ۵۰ میل", "كريم النهار ريفيتاليفت لوريال 50 مل", "L'Oréal Revitalift day cream 50ml"), price: 950_000n, points: 50n, category: "skincare", brand: "loreal", stock: [40, 25] },
  { sku: "LO-MASC-01", name: n("ریمل تلسکوپیک لورآل", "ماسكارا تيليسكوبيك لوريال", "L'Oréal Telescopic mascara"), price: 720_000n, points: 50n, category: "cosmetics", brand: "loreal", stock: [35, 20] },
  { sku: "LO-MICEL-400", name: n("میسلار واتر لورآل ۴۰۰ میل", "ماء ميسيلار لوريال 400 مل", "L'Oréal micellar water 400ml"), price: 480_000n, points: 25n, category: "skincare", brand: "loreal", stock: [60, 30] },
];

/** Writes the demo catalog inside the caller's transaction (seedDemoData's, on a new store). */
export async function seedDemoCatalog(tx: Tx): Promise<void> {
  const warehouses: { id: string }[] = [];
  for (const [position, w] of WAREHOUSES.entries()) {
    warehouses.push(await tx.warehouse.create({ data: { ...w, position }, select: { id: true } }));
  }
  for (const [position, s] of SHIPPING.entries()) await tx.shippingMethod.create({ data: { ...s, position } });
  for (const [position, p] of PAYMENT.entries()) await tx.paymentMethod.create({ data: { ...p, position } });
  const categories: Record<string, string> = {};
  for (const [position, c] of CATEGORIES.entries()) {
    categories[c.code] = (await tx.productCategory.create({ data: { ...c, position }, select: { id: true } })).id;
  }
  const brands: Record<string, string> = {};
  for (const b of BRANDS) brands[b.code] = (await tx.brand.create({ data: b, select: { id: true } })).id;
  for (const p of PRODUCTS) {
    await tx.product.create({
      data: {
        sku: p.sku,
        name: p.name,
        price: p.price,
        pointValue: p.points,
        categoryId: categories[p.category],
        brandId: brands[p.brand],
        searchText: searchTextOf([...namesOf(p.name), p.sku]),
        stock: { create: p.stock.map((quantity, i) => ({ warehouseId: warehouses[i]!.id, quantity })) },
      },
    });
  }
}
