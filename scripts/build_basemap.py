#!/usr/bin/env python3
"""Build the offline basemap: admin 0–3 boundaries of Syria and Iraq as compact GeoJSON.

    python scripts/build_basemap.py [--shared ../shared]

Sources (both OCHA common operational datasets, WGS 84):
  - Syria, OCHA 2016: ``data/gazetteer/syria_admin_ocha_2016/shapefiles/syr_admin{0..3}.shp``
  - Iraq, CSO/OCHA 2019: ``data/gazetteer/iraq_admin_cod_2019/geojson/irq_admbnda_adm{0..3}_*.geojson``

Each level is simplified with shapely (Douglas–Peucker, topology preserved per polygon) and its
coordinates rounded, to ``src/rasd/web/static/basemap/admin{0..3}.geojson``. Finer levels are drawn
only at higher zooms, so they can be coarser relative to their size. Neighbouring polygons are
simplified separately, so shared borders may differ by up to the tolerance (~150 m at admin 1,
~600 m at admin 3), invisible at the zooms where each level is shown. Features carry ``name``, ``name_ar``,
``pcode``, ``iso3`` and, below admin 1, ``admin1``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import shapefile  # pyshp
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "web" / "static" / "basemap"

# Tolerance in degrees (1e-3 deg ≈ 100 m) and decimals kept, per admin level. Tuned by eye so that
# admin 0–1 look right at zoom 9 and the four files together stay well under 2 MB.
TOLERANCE = {0: 0.0015, 1: 0.0015, 2: 0.003, 3: 0.006}
DECIMALS = {0: 4, 1: 4, 2: 4, 3: 3}

SYRIA_FIELDS = {  # level -> (name_en, name_ar, pcode, admin1_en)
    0: ("NAME_EN", "NAME_AR", "PCODE", None),
    1: ("NAME_EN", "NAME_AR", "PCODE", None),
    2: ("NAME_EN", "NAME_AR", "PCODE", "ADM1_EN"),
    3: ("NAME_EN", "NAME_AR", "PCODE", "ADM1_EN"),
}
IRAQ_FILES = {
    0: "irq_admbnda_adm0_cso_itos_20190603.geojson",
    1: "irq_admbnda_adm1_cso_20190603.geojson",
    2: "irq_admbnda_adm2_cso_20190603.geojson",
    3: "irq_admbnda_adm3_cso_20190603.geojson",
}


def syria(shared: Path, level: int):
    path = shared / "data/gazetteer/syria_admin_ocha_2016/shapefiles" / f"syr_admin{level}"
    name, name_ar, pcode, admin1 = SYRIA_FIELDS[level]
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        for rec in reader.iterShapeRecords():
            props = rec.record.as_dict()
            yield shape(rec.shape.__geo_interface__), {
                "name": props[name], "name_ar": props[name_ar], "pcode": props[pcode], "iso3": "SYR",
                **({"admin1": props[admin1]} if admin1 else {}),
            }


def iraq(shared: Path, level: int):
    path = shared / "data/gazetteer/iraq_admin_cod_2019/geojson" / IRAQ_FILES[level]
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props = feature["properties"]
        yield shape(feature["geometry"]), {
            "name": props[f"ADM{level}_EN"], "name_ar": props[f"ADM{level}_AR"],
            "pcode": props[f"ADM{level}_PCODE"], "iso3": "IRQ",
            **({"admin1": props["ADM1_EN"]} if level >= 2 else {}),
        }


def _round(coords, decimals: int):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], decimals), round(coords[1], decimals)]
    return [_round(c, decimals) for c in coords]


def build_level(shared: Path, level: int) -> dict:
    features = []
    for source in (syria, iraq):
        for geom, props in source(shared, level):
            simple = geom.simplify(TOLERANCE[level], preserve_topology=True)
            if simple.is_empty:
                continue
            geo = mapping(simple)
            features.append({
                "type": "Feature",
                "properties": props,
                "geometry": {"type": geo["type"], "coordinates": _round(geo["coordinates"], DECIMALS[level])},
            })
    return {"type": "FeatureCollection", "name": f"admin{level}", "features": features}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    for level in range(4):
        collection = build_level(args.shared, level)
        path = OUT / f"admin{level}.geojson"
        path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        size = path.stat().st_size
        total += size
        print(f"build_basemap: {path.name}: {len(collection['features'])} features, {size / 1e3:.0f} kB")
    (OUT / "SOURCE.txt").write_text(
        "Admin boundaries simplified by scripts/build_basemap.py from OCHA common operational datasets:\n"
        "Syria: OCHA, administrative boundaries (update 2016-09-05), via HDX.\n"
        "Iraq: Central Statistical Organization / OCHA, COD-AB irq_admbnda_*_cso_20190603, via HDX.\n"
        "HDX terms of use apply. Boundaries are for display only and imply no endorsement.\n",
        encoding="utf-8",
    )
    print(f"build_basemap: {total / 1e6:.2f} MB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
