// The world map: world-atlas countries (Natural Earth projection), incidents as points coloured
// by quad class and sized by their reports, countries tinted by how many incidents they hold.
// Clicking a country selects it (the caller filters and calls zoomTo); wheel and drag zoom.
/* global d3, topojson */

import { fmtInt, fmtDay, plural, placeText, quadInfo } from './format.js';

// A point's radius in screen pixels, by the reports behind it: its area grows with the count,
// from 4 px for one report to 12 px for 20 or more.
export function pointRadius(reports) {
  const n = Math.min(20, Math.max(1, reports ?? 1));
  return 4 + (8 * (Math.sqrt(n) - 1)) / (Math.sqrt(20) - 1);
}

export function createMap(container, { atlas, countriesByNumeric, onCountry, onPoint, tooltip }) {
  const world = topojson.feature(atlas, atlas.objects.countries);
  // Kosovo has no ISO numeric code, so world-atlas leaves its shape without an id.
  for (const f of world.features) {
    f.properties.iso3 = countriesByNumeric.get(f.id)?.code ?? (f.properties.name === 'Kosovo' ? 'XKX' : null);
  }
  const borders = topojson.mesh(atlas, atlas.objects.countries, (a, b) => a !== b);
  // The frame: every country but Antarctica, so the inhabited world fills the card.
  const frame = { type: 'FeatureCollection', features: world.features.filter((f) => f.id !== '010') };

  const svg = d3.select(container).append('svg').attr('class', 'map-svg').attr('role', 'img')
    .attr('aria-label', 'World map of incidents');
  const root = svg.append('g');
  const countryPaths = root.append('g').attr('class', 'countries').selectAll('path').data(world.features).join('path')
    .attr('class', 'country')
    .attr('data-iso3', (f) => f.properties.iso3)
    .on('click', (event, f) => {
      if (f.properties.iso3) onCountry(f.properties.iso3);
    })
    .on('mousemove', (event, f) => tooltip.show(event, countryTip(f)))
    .on('mouseleave', () => tooltip.hide());
  const borderPath = root.append('path').attr('class', 'borders');
  const pointLayer = root.append('g').attr('class', 'points');

  const projection = d3.geoNaturalEarth1();
  const path = d3.geoPath(projection);
  let width = 0, height = 0, k = 1;
  let counts = new Map();
  let selected = '';
  let points = [];
  let openId = '';
  const radius = pointRadius;

  const zoom = d3.zoom().scaleExtent([1, 60]).on('zoom', (event) => {
    k = event.transform.k;
    root.attr('transform', event.transform);
    pointLayer.selectAll('circle').attr('r', (d) => radius(d.reports ?? 1) / k)
      .attr('stroke-width', (d) => (isOpen(d) ? 2.5 : 1) / k);
  });
  svg.call(zoom).on('dblclick.zoom', null);

  const isOpen = (d) => openId !== '' && ((d.incident_id ?? d.event_id) === openId || d.event_id === openId);

  function countryTip(f) {
    const n = counts.get(f.properties.iso3) ?? 0;
    const name = countriesByNumeric.get(f.id)?.name ?? f.properties.name;
    return [name, n ? plural(n, 'incident') : 'no incidents', f.properties.iso3 ? (f.properties.iso3 === selected ? 'click to clear' : 'click to filter') : ''];
  }

  function layout() {
    const r = container.getBoundingClientRect();
    width = Math.max(200, r.width);
    height = Math.max(160, r.height);
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    projection.fitExtent([[8, 8], [width - 8, height - 8]], frame);
    countryPaths.attr('d', path);
    borderPath.attr('d', path(borders));
    zoom.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]);
    drawPoints();
  }

  function drawPoints() {
    const located = points.filter((d) => d.location && d.location.lat != null && d.location.lon != null);
    // Big circles under small ones, so every point stays clickable.
    located.sort((a, b) => (b.reports ?? 1) - (a.reports ?? 1));
    pointLayer.selectAll('circle').data(located, (d) => d.incident_id ?? d.event_id).join('circle')
      .attr('class', 'point')
      .attr('cx', (d) => projection([d.location.lon, d.location.lat])[0])
      .attr('cy', (d) => projection([d.location.lon, d.location.lat])[1])
      .attr('r', (d) => radius(d.reports ?? 1) / k)
      .attr('stroke-width', (d) => (isOpen(d) ? 2.5 : 1) / k)
      .attr('fill', (d) => quadInfo(d.quad_class).color)
      .attr('data-id', (d) => d.incident_id ?? d.event_id)
      .attr('data-country', (d) => d.location.country)
      .classed('open', isOpen)
      .on('click', (event, d) => {
        event.stopPropagation();
        onPoint(d);
      })
      .on('mousemove', (event, d) => tooltip.show(event, pointTip(d, located)))
      .on('mouseleave', () => tooltip.hide());
    pointLayer.selectAll('circle').filter(isOpen).raise();
    return located.length;
  }

  function pointTip(d, located) {
    const here = located.filter((o) => o.location.lat === d.location.lat && o.location.lon === d.location.lon).length;
    const reports = d.reports ?? 1;
    return [
      `${fmtDay(d.date)} · ${d.source?.code ?? '–'} → ${d.target?.code ?? '–'}`,
      `${d.cameo} ${d.cameo_name ?? ''}`,
      placeText(d.location) || d.location.name,
      `${plural(reports, 'report')}${d.killed ? ` · ${typeof d.killed === 'number' ? d.killed : d.killed.n} killed` : ''}`,
      here > 1 ? `${fmtInt(here - 1)} more here: see the table` : '',
    ];
  }

  function tint() {
    const max = d3.max(counts.values()) ?? 1;
    const scale = d3.scaleSequentialLog([1, Math.max(2, max)], d3.interpolateRgb('#d6dee8', '#a3b3c6'));
    countryPaths
      .attr('fill', (f) => (counts.get(f.properties.iso3) ? scale(counts.get(f.properties.iso3)) : null))
      .classed('has-events', (f) => counts.has(f.properties.iso3))
      .classed('selected', (f) => f.properties.iso3 === selected && selected !== '');
    countryPaths.filter('.selected').raise();
  }

  // Fits the main landmass of a country: overseas parts far smaller than its largest polygon
  // (French Guiana, Svalbard) are left out of the frame.
  function frameOf(f) {
    let geom = f.geometry;
    if (geom.type === 'MultiPolygon') {
      const areas = geom.coordinates.map((c) => d3.geoArea({ type: 'Polygon', coordinates: c }));
      const big = d3.max(areas);
      geom = { type: 'MultiPolygon', coordinates: geom.coordinates.filter((c, i) => areas[i] >= big * 0.25) };
    }
    return path.bounds(geom);
  }

  function zoomTo(iso3, { animate = true } = {}) {
    const f = iso3 && world.features.find((d) => d.properties.iso3 === iso3);
    let t = d3.zoomIdentity;
    if (f) {
      const [[x0, y0], [x1, y1]] = frameOf(f);
      const scale = Math.min(24, 0.8 / Math.max((x1 - x0) / width, (y1 - y0) / height));
      t = d3.zoomIdentity.translate(width / 2, height / 2).scale(scale).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    }
    (animate ? svg.transition().duration(650) : svg).call(zoom.transform, t);
  }

  new ResizeObserver(() => layout()).observe(container);
  layout();

  return {
    // points: incidents or reports; countryCounts: Map iso3 -> count; sel: the selected iso3 or ''.
    update({ points: p, countryCounts, selected: sel }) {
      points = p ?? [];
      counts = countryCounts ?? new Map();
      selected = sel ?? '';
      tint();
      return drawPoints();
    },
    zoomTo,
    // Rings the point of the incident or report open in the panel ('' for none).
    highlight(id) {
      openId = id ?? '';
      pointLayer.selectAll('circle').classed('open', isOpen).attr('stroke-width', (d) => (isOpen(d) ? 2.5 : 1) / k)
        .filter(isOpen).raise();
    },
    hasShape: (iso3) => world.features.some((f) => f.properties.iso3 === iso3),
  };
}
