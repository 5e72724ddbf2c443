import "server-only";
import { router } from "../trpc";
import { authRouter } from "./auth";
import { profileRouter } from "./profile";
import { rolesRouter } from "./roles";
import { staffRouter } from "./staff";
import { auditRouter } from "./audit";
import { customersRouter } from "./customers";
import { customFieldsRouter } from "./custom-fields";
import { customerSettingsRouter } from "./customer-settings";
import { addressesRouter } from "./addresses";
import { visitsRouter } from "./visits";
import { groupsRouter } from "./groups";
import { restrictionsRouter } from "./restrictions";
import { orderLimitsRouter } from "./order-limits";
import { warehousesRouter } from "./warehouses";
import { shippingMethodsRouter } from "./shipping-methods";
import { paymentMethodsRouter } from "./payment-methods";
import { categoriesRouter } from "./categories";
import { brandsRouter } from "./brands";
import { productsRouter } from "./products";
import { storeSettingsRouter } from "./store-settings";
import { shopRouter } from "./shop";
import { wishlistRouter } from "./wishlist";
import { cartRouter } from "./cart";
import { checkoutRouter } from "./checkout";
import { paymentsRouter } from "./payments";
import { adminOrdersRouter } from "./admin-orders";
import { ordersRouter } from "./orders";
import { ratingsRouter } from "./ratings";
import { pointsRouter } from "./points";
import { commissionsRouter } from "./commissions";
import { loyaltyRouter } from "./loyalty";
import { myLoyaltyRouter } from "./my-loyalty";
import { reviewsRouter } from "./reviews";
import { contactRouter } from "./contact";
import { pollResultsRouter } from "./poll-results";
import { pollsRouter } from "./polls";
import { pollVotingRouter } from "./poll-voting";
import { deliveriesRouter } from "./deliveries";
import { messagingSettingsRouter } from "./messaging-settings";
import { departmentsRouter } from "./departments";
import { inboxSettingsRouter } from "./inbox-settings";
import { inboxRouter } from "./inbox";
import { myInboxRouter } from "./my-inbox";

export const appRouter = router({
  auth: authRouter,
  profile: profileRouter,
  roles: rolesRouter,
  staff: staffRouter,
  audit: auditRouter,
  customers: customersRouter,
  customFields: customFieldsRouter,
  customerSettings: customerSettingsRouter,
  addresses: addressesRouter,
  visits: visitsRouter,
  groups: groupsRouter,
  restrictions: restrictionsRouter,
  orderLimits: orderLimitsRouter,
  warehouses: warehousesRouter,
  shippingMethods: shippingMethodsRouter,
  paymentMethods: paymentMethodsRouter,
  categories: categoriesRouter,
  brands: brandsRouter,
  products: productsRouter,
  storeSettings: storeSettingsRouter,
  shop: shopRouter,
  wishlist: wishlistRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  payments: paymentsRouter,
  adminOrders: adminOrdersRouter,
  orders: ordersRouter,
  ratings: ratingsRouter,
  points: pointsRouter,
  commissions: commissionsRouter,
  loyalty: loyaltyRouter,
  myLoyalty: myLoyaltyRouter,
  reviews: reviewsRouter,
  contact: contactRouter,
  pollResults: pollResultsRouter,
  polls: pollsRouter,
  pollVoting: pollVotingRouter,
  deliveries: deliveriesRouter,
  messagingSettings: messagingSettingsRouter,
  departments: departmentsRouter,
  inboxSettings: inboxSettingsRouter,
  inbox: inboxRouter,
  myInbox: myInboxRouter,
});

export type AppRouter = typeof appRouter;
