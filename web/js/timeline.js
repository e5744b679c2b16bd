// The timeline: counts per day, week or month, stacked by quad class, with a brush that sets
// the date range. It spans the date range when one is set, else every date the other filters
// allow, so brushing drills down and "All dates" (the caller's) goes back up.
/* global d3 */

import { QUADS, dayString, fmtDay, fmtInt, parseDay } from './format.js';

// Day, week or month bins, chosen so the chart holds a readable number of bars.
export function chooseGranularity(firstDay, lastDay) {
  const days = (lastDay - firstDay) / 864e5;
  if (days <= 120) return 'day';
  if (days <= 3 * 366) return 'week';
  return 'month';
}

// The [start, end) of the bin a stats key names.
export function binOf(granularity, key) {
  const start = parseDay(key);
  const end = new Date(start);
  if (granularity === 'day') end.setUTCDate(end.getUTCDate() + 1);
  else if (granularity === 'week') end.setUTCDate(end.getUTCDate() + 7);
  else end.setUTCMonth(end.getUTCMonth() + 1);
  return [start, end];
}

function floorBin(granularity, date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), granularity === 'month' ? 1 : date.getUTCDate()));
  if (granularity === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // back to Monday
  return d;
}

export function createTimeline(container, { onRange, tooltip }) {
  const svg = d3.select(container).append('svg').attr('class', 'timeline-svg')
    .attr('role', 'img').attr('aria-label', 'Incidents over time by quad class');
  const plot = svg.append('g');
  const bars = plot.append('g').attr('class', 'bars');
  const xAxis = plot.append('g').attr('class', 'axis x');
  const yAxis = plot.append('g').attr('class', 'axis y');
  const brushG = plot.append('g').attr('class', 'brush');
  const margin = { top: 8, right: 12, bottom: 22, left: 36 };
  let data = null;
  let x = null, w = 0, h = 0;
  let moving = false;

  const brush = d3.brushX().on('end', (event) => {
    if (moving || !event.sourceEvent || !data) return;
    if (!event.selection) return; // a click without a drag
    const g = data.granularity;
    let start = floorBin(g, x.invert(event.selection[0]));
    const endBin = binOf(g, dayString(floorBin(g, x.invert(event.selection[1] - 1))));
    let last = new Date(endBin[1] - 864e5);
    if (data.domain) { // whole bins, but never outside the range shown
      if (start < data.domain[0]) start = data.domain[0];
      const lastDay = new Date(data.domain[1] - 864e5);
      if (last > lastDay) last = lastDay;
    }
    onRange(dayString(start), dayString(last));
  });

  function render() {
    const r = container.getBoundingClientRect();
    const width = Math.max(240, r.width), height = Math.max(90, r.height);
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    w = width - margin.left - margin.right;
    h = height - margin.top - margin.bottom;
    plot.attr('transform', `translate(${margin.left},${margin.top})`);
    if (!data || !data.bins.length) {
      bars.selectAll('*').remove();
      xAxis.selectAll('*').remove();
      yAxis.selectAll('*').remove();
      brushG.selectAll('*').remove();
      return;
    }
    const bins = data.bins;
    // The date range when one is set; else the data's, at least a dozen bins wide so that a
    // single day does not fill the chart.
    let [d0, d1] = data.domain ?? [bins[0].start, bins[bins.length - 1].end];
    const step = bins[0].end - bins[0].start;
    const missing = 12 * step - (d1 - d0);
    if (missing > 0 && !data.domain) {
      d0 = new Date(d0.getTime() - Math.floor(missing / step / 2) * step);
      d1 = new Date(d1.getTime() + Math.ceil(missing / step / 2) * step);
    }
    x = d3.scaleUtc().domain([d0, d1]).range([0, w]);
    const keys = QUADS.map((q) => q.quad);
    const stacked = d3.stack().keys(keys).value((d, key) => d.counts[key] ?? 0)(bins);
    const y = d3.scaleLinear().domain([0, d3.max(bins, (b) => b.total) || 1]).nice().range([h, 0]);
    bars.selectAll('g.layer').data(stacked, (s) => s.key).join('g').attr('class', 'layer')
      .attr('fill', (s) => QUADS.find((q) => q.quad === s.key).color)
      .selectAll('rect').data((s) => s.map((v) => ({ v, bin: v.data, quad: s.key })))
      .join('rect')
      .attr('x', (d) => x(d.bin.start) + 0.5)
      .attr('width', (d) => Math.max(1, x(d.bin.end) - x(d.bin.start) - 1))
      .attr('y', (d) => y(d.v[1]))
      .attr('height', (d) => Math.max(0, y(d.v[0]) - y(d.v[1])));
    xAxis.attr('transform', `translate(0,${h})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(w / 90))).tickSizeOuter(0));
    const yTicks = y.ticks(Math.max(2, Math.floor(h / 28))).filter(Number.isInteger);
    yAxis.call(d3.axisLeft(y).tickValues(yTicks).tickFormat(d3.format('~s')).tickSizeOuter(0));
    brush.extent([[0, 0], [w, h]]);
    brushG.call(brush);
    brushG.select('.overlay')
      .on('mousemove.tip', (event) => {
        const t = x.invert(d3.pointer(event)[0]);
        const bin = bins.find((b) => b.start <= t && t < b.end);
        if (!bin) return tooltip.hide();
        tooltip.show(event, [
          `${data.granularity === 'day' ? fmtDay(bin.key) : `${data.granularity} of ${fmtDay(bin.key)}`}: ${fmtInt(bin.total)} ${data.unit}`,
          ...QUADS.filter((q) => bin.counts[q.quad]).map((q) => `${q.name}: ${fmtInt(bin.counts[q.quad])}`),
          'drag to select dates',
        ]);
      })
      .on('mouseleave.tip', () => tooltip.hide());
    clearBrush();
  }

  function clearBrush() {
    moving = true;
    brushG.call(brush.move, null);
    moving = false;
  }

  new ResizeObserver(() => render()).observe(container);

  return {
    // series: {granularity, unit, rows: {quad: [{day|week|month, events}]}, domain: [start, end) or null}
    update(series) {
      const byKey = new Map();
      for (const [quad, rows] of Object.entries(series.rows)) {
        for (const row of rows) {
          const key = row[series.granularity];
          if (!key) continue;
          let bin = byKey.get(key);
          if (!bin) {
            const [start, end] = binOf(series.granularity, key);
            bin = { key, start, end, counts: {}, total: 0 };
            byKey.set(key, bin);
          }
          bin.counts[quad] = (bin.counts[quad] ?? 0) + row.events;
          bin.total += row.events;
        }
      }
      data = {
        granularity: series.granularity,
        unit: series.unit,
        domain: series.domain ?? null,
        bins: [...byKey.values()].sort((a, b) => a.start - b.start),
      };
      render();
      return data.bins.length;
    },
  };
}
