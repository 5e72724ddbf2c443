import {
  Bell, Building2, ChartPie, FileSpreadsheet, Gauge, History, Inbox, KeyRound, LayoutDashboard, Mail, MapPin,
  MessageSquareText, Percent, Send, Settings, ShieldBan, ShoppingBag, Star, UserCog, UserRound, Users, UsersRound,
  Wallet, Heart, Share2, type LucideIcon,
} from "lucide-react";

const ICONS: Record<string, LucideIcon> = {
  dashboard: LayoutDashboard,
  overview: LayoutDashboard,
  customers: Users,
  groups: UsersRound,
  restrictions: ShieldBan,
  "order-limits": Gauge,
  "import-export": FileSpreadsheet,
  points: Star,
  wallet: Wallet,
  commissions: Percent,
  notifications: Bell,
  campaigns: Send,
  inbox: Inbox,
  departments: Building2,
  contact: Mail,
  reviews: MessageSquareText,
  polls: ChartPie,
  roles: KeyRound,
  staff: UserCog,
  audit: History,
  settings: Settings,
  profile: UserRound,
  addresses: MapPin,
  orders: ShoppingBag,
  referrals: Share2,
  wishlist: Heart,
};

export function SectionIcon({ slug, className }: { slug: string; className?: string }) {
  const Icon = ICONS[slug] ?? LayoutDashboard;
  return <Icon className={className} aria-hidden />;
}
