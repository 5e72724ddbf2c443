// The permission catalog lives in lib/permissions.ts (forms need it too); server code imports it here.
export * from "@/lib/permissions";
