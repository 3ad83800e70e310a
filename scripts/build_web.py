#!/usr/bin/env python3
"""Vendor the web page's third-party files into the package (run by hand, output committed).

    python scripts/build_web.py          # needs npm and the npm registry; nothing else

npm installs pinned versions of Leaflet, Leaflet.markercluster, the Noto Naskh Arabic font (SIL OFL)
and Swagger UI (for an offline ``/docs``) into a temporary directory; the distribution files and
their licences are copied into ``src/rasd/web/static/vendor/``. The package itself never needs npm:
the copied files are package data, so ``rasd serve`` works offline.

rasd's own JavaScript is plain ES modules in ``static/js/`` and needs no build step.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "rasd" / "web" / "static" / "vendor"

PACKAGES = {
    "leaflet": "1.9.4",
    "leaflet.markercluster": "1.5.3",
    "@fontsource/noto-naskh-arabic": "5.3.0",
    "swagger-ui-dist": "5.35.0",
}

# (package, file inside the package, destination inside vendor/)
FILES = [
    ("leaflet", "dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet", "dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet", "dist/images/layers.png", "leaflet/images/layers.png"),
    ("leaflet", "dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
    ("leaflet", "LICENSE", "leaflet/LICENSE"),
    ("leaflet.markercluster", "dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"),
    ("leaflet.markercluster", "dist/MarkerCluster.css", "markercluster/MarkerCluster.css"),
    ("leaflet.markercluster", "MIT-LICENCE.txt", "markercluster/LICENSE"),
    *[
        (
            "@fontsource/noto-naskh-arabic",
            f"files/noto-naskh-arabic-arabic-{weight}-normal.woff2",
            f"fonts/noto-naskh-arabic-arabic-{weight}-normal.woff2",
        )
        for weight in (400, 700)
    ],
    ("@fontsource/noto-naskh-arabic", "LICENSE", "fonts/OFL.txt"),
    ("swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"),
    ("swagger-ui-dist", "swagger-ui.css", "swagger-ui/swagger-ui.css"),
    ("swagger-ui-dist", "LICENSE", "swagger-ui/LICENSE"),
    ("swagger-ui-dist", "NOTICE", "swagger-ui/NOTICE"),
]

# Only the Arabic subset is shipped; Latin text falls back to the system UI font.
FONTS_CSS = """\
/* Noto Naskh Arabic (SIL Open Font License 1.1, see OFL.txt), Arabic subset, via @fontsource. */
@font-face {
  font-family: 'Noto Naskh Arabic';
  font-style: normal;
  font-display: swap;
  font-weight: %(w)s;
  src: url(./noto-naskh-arabic-arabic-%(w)s-normal.woff2) format('woff2');
  unicode-range: U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0898-08E1, U+08E3-08FF,
    U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC;
}
"""


def main() -> int:
    if shutil.which("npm") is None:
        print("build_web: npm is not on PATH; install Node.js to rebuild the vendored files", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="rasd-web-") as tmp:
        work = Path(tmp)
        (work / "package.json").write_text('{"name": "rasd-web-vendor", "private": true}\n')
        specs = [f"{name}@{version}" for name, version in PACKAGES.items()]
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", *specs],
            cwd=work, check=True,
        )
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        for package, src, dest in FILES:
            target = VENDOR / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work / "node_modules" / package / src, target)
        (VENDOR / "fonts" / "fonts.css").write_text("".join(FONTS_CSS % {"w": w} for w in (400, 700)))
        manifest = {name: {"version": version, "licence": _licence(work / "node_modules" / name)}
                    for name, version in PACKAGES.items()}
        (VENDOR / "VENDOR.json").write_text(json.dumps(manifest, indent=2) + "\n")
    size = sum(p.stat().st_size for p in VENDOR.rglob("*") if p.is_file())
    print(f"build_web: wrote {VENDOR} ({size / 1e6:.1f} MB)")
    return 0


def _licence(package_dir: Path) -> str:
    meta = json.loads((package_dir / "package.json").read_text())
    return str(meta.get("license", "see LICENSE"))


if __name__ == "__main__":
    sys.exit(main())
