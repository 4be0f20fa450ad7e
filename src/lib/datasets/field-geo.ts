import { type Convert, INVALID } from './field-value.ts';

/** geopoint in its three formats: "lon, lat" (default), [lon, lat] (array), {"lon": …, "lat": …} (object). */
export function geopointConverter(format: string | undefined): Convert {
  const ok = (lon: number, lat: number) =>
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  return (t) => {
    let lon: number, lat: number;
    if (format === 'array' || format === 'object') {
      let v: unknown;
      try {
        v = JSON.parse(t);
      } catch {
        return INVALID;
      }
      if (format === 'array') {
        if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number')) return INVALID;
        [lon, lat] = v as [number, number];
      } else {
        const o = v as { lon?: unknown; lat?: unknown };
        if (!o || typeof o.lon !== 'number' || typeof o.lat !== 'number') return INVALID;
        lon = o.lon;
        lat = o.lat;
      }
    } else {
      const m = /^([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)$/.exec(t);
      if (!m) return INVALID;
      lon = Number(m[1]);
      lat = Number(m[2]);
    }
    return ok(lon, lat) ? `${lon}, ${lat}` : INVALID;
  };
}
