"use client";

import { Cell, Pie, PieChart, Tooltip } from "recharts";
import { useLocale } from "next-intl";
import { formatNumber, type AppLocale } from "@/lib/format";
import { formatPercent, sliceColour } from "./format";

export interface Slice {
  label: string;
  count: number;
  percent: number;
}

/**
 * The pie of the answers (V-3). The table beside it carries the same numbers as text, so the chart
 * is one image with a name for screen readers. It starts at twelve o'clock and runs the way the
 * page reads: clockwise in English, counter-clockwise in Persian and Arabic, like the table's order.
 */
export function AnswersChart({ slices, label, size = 240 }: { slices: Slice[]; label: string; size?: number }) {
  const locale = useLocale() as AppLocale;
  const rtl = locale !== "en";
  const data = slices.map((s, i) => ({ ...s, index: i })).filter((s) => s.count > 0);
  return (
    <div data-testid="poll-chart" className="mx-auto shrink-0" style={{ width: size, height: size }}>
      <PieChart width={size} height={size} role="img" title={label} accessibilityLayer={false}>
        <Pie
          data={data}
          dataKey="count"
          nameKey="label"
          startAngle={90}
          endAngle={rtl ? 450 : -270}
          innerRadius={0}
          outerRadius={size / 2 - 8}
          // A white edge between slices; a lone slice (100%) has no edge to draw.
          stroke={data.length > 1 ? "#ffffff" : "none"}
          strokeWidth={2}
          isAnimationActive={false}
        >
          {data.map((s) => (
            <Cell key={s.index} fill={sliceColour(s.index)} />
          ))}
        </Pie>
        <Tooltip
          formatter={(value, _name, item) => [`${formatNumber(Number(value), locale)} (${formatPercent((item.payload as Slice).percent, locale)})`, (item.payload as Slice).label]}
          contentStyle={{ direction: rtl ? "rtl" : "ltr", textAlign: "start", borderRadius: 8, fontSize: 13 }}
        />
      </PieChart>
    </div>
  );
}
