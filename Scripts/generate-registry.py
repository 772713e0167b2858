#!/usr/bin/env python3
"""Builds the shipped store in Data/ from the project's reference files and sourced facts.

A documented one-off whose output is committed (see README, "Where the data comes from"):

    python3 Scripts/generate-registry.py ../shared/reference

It reads provinces.csv, regencies.csv and participants.csv, adds the cohorts, letters, signing
ceremonies, announced totals and the two seed MoUs transcribed from ../shared/seeds and
../shared/domain.md, and writes Data/*.json in the store's canonical form (sorted keys, two-space
indentation, records sorted by id).

Every high and medium row of participants.csv becomes an MoU of its cohort with its confidence,
dated by its cohort's ceremony unless the row gives its own day (OWN_DATES); each of its sources
carries the row's evidence. Low and disputed rows become unconfirmed claims. Addresses get their
scheme, sources are ordered strongest first (an official .go.id site, then national agencies,
then other news), and a source without a publisher is named by its host. It also embeds the reference collections in
Sources/ProgrammeCore/Reference/ReferenceData+Generated.swift for `smartcity init`.
Nothing here is invented: every record carries its sources, or an empty `sources` list and a note.
"""
import csv
import re
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference")
DATA = os.path.join(ROOT, "Data")

KEPMENDAGRI = {
    "title": "Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025",
    "publisher": "Kementerian Dalam Negeri",
    "note": "codes and names via cahyadsn/wilayah (MIT), cross-checked with fityannugroho/idn-area-data",
}
SEED_000 = {
    "publisher": "Media Center Manggarai Timur",
    "title": "Penandatanganan Nota Kesepakatan (MoU) dalam rangka Implementasi Gerakan Menuju Smart City",
    "date": "2021-05-20",
    "url": "https://manggaraitimurkab.go.id/berita/berita-matim/286-penandatanganan-nota-kesepakatan-mou-dalam-rangka-implementasi-gerakan-menuju-smart-city-2.html",
    "note": "reporter: Angelino Menggot",
}
SEED_003 = {
    "publisher": "Pos Merdeka",
    "title": "Pemkab Tabanan Tandatangani MoU Penyelenggaraan \u201cSmart City\u201d",
    "date": "2022-04-21",
    "url": "posmerdeka.com/pemkab-tabanan-tandatangani-mou-penyelenggaraan-smart-city/",
}
MEDIAPELANGI = {"publisher": "Media Pelangi", "date": "2022-04-22",
                "url": "mediapelangi.com/2022/04/22/menuju-smart-city-pemkab-tabanan-teken-mou-bersama-kementerian-kominfo"}
MINISTER_2022 = [
    {"publisher": "Tribun Bekasi (bekasi.tribunnews.com)", "date": "2022-04-21",
     "note": "the minister on 21 April 2022: 25 + 50 + 25 = 100 by 2019; 48 in 2021 of which 7 had joined before, 141 by end of 2021; 191 with 2022"},
    {"publisher": "technologue.id", "date": "2022-04-21"},
    {"publisher": "alinea.id", "date": "2022-04-21"},
]
DETIK_2017 = [
    {"url": "http://rtikkediri.or.id/the-hand-rail-is-going-a-little-faster-than-the-moving-sidewalk/"},
    {"url": "https://detakpos.com/peristiwa/kang-yoto-teken-mou-gerakan-menuju-smart-city-bersama-24-kepala-daerah-lainnya/"},
]
INFOBLORA = {"url": "http://www.infoblora.id/2018/05/selamat-blora-terpilih-jadi-teladan.html"}
TIMES_2019 = {"publisher": "Times Indonesia", "date": "2019-05-15",
              "url": "https://m.timesindonesia.co.id/read/214110/20190515/235208/membanggakan-kota-batu-bagian-gerakan-menuju-100-smart-city-2019/"}
NATGEO_2023 = {"publisher": "National Geographic Indonesia",
               "url": "https://nationalgeographic.grid.id/read/133963847/lebih-dekat-dengan-gerakan-menuju-smart-city-yang-digagas-kemenkominfo"}
AMC_2023 = {"url": "amcnews.co.id/2023/02/28/"}
PATROLI_2024 = {"publisher": "Patroli Post", "url": "patrolipost.com/pemkab-gianyar-tandatangani-mou-smart-city-dengan-kementerian-kominfo"}
JAYAPURA_PPID = {"publisher": "PPID Kabupaten Jayapura", "url": "ppid.jayapurakab.go.id/?p=29315"}
DIRJEN = {"office": "Direktur Jenderal Aplikasi Informatika"}
MINISTER = "Menteri Komunikasi dan Informatika Johnny G. Plate"
ALL_SCOPE = ["masterplan-guidance", "data-exchange", "socialisation", "data-integration"]

PILLARS = [
    ("governance", "Smart Governance"), ("branding", "Smart Branding"), ("economy", "Smart Economy"),
    ("living", "Smart Living"), ("society", "Smart Society"), ("environment", "Smart Environment"),
]

COHORTS = [
    {"id": "2017", "title": "Gerakan Menuju 100 Smart City", "years": [2017, 2018, 2019], "announcedSize": 100,
     "phases": [{"year": 2017, "announcedSize": 25,
                 "note": "26 known against 25 announced: Kabupaten Lombok Timur was not on the 22 May 2017 Makassar list of 25 but was picked as NTB's member later in 2017 (bimtek Jul-Oct 2017, award list of Nov 2017), a later addition to the phase"},
                {"year": 2018, "announcedSize": 50}, {"year": 2019, "announcedSize": 25}],
     "sources": MINISTER_2022 + DETIK_2017,
     "note": "phase 2017 assessed 2-3 May 2017 in Ciputat; phase 2018 from an assessment of 165 kab/kota; phase 2019 from 107 invited"},
    {"id": "2021", "title": "Gerakan Menuju Smart City 2021", "track": "KPPN + IKN Baru", "years": [2021], "announcedSize": 48,
     "sources": [SEED_000] + MINISTER_2022,
     "note": "regions of the Kawasan Pariwisata Prioritas Nasional and of the new capital (IKN); 7 of the 48 had joined in earlier years"},
    {"id": "2022", "title": "Gerakan Menuju Smart City 2022", "years": [2022], "announcedSize": 50,
     "sources": [SEED_003] + MINISTER_2022, "note": "assessed in 2021"},
    {"id": "2023", "title": "Gerakan Menuju Smart City 2023", "years": [2023], "announcedSize": 50,
     "sources": [NATGEO_2023], "note": "50 kabupaten/kota and 2 provinces (the provinces are not regions of this registry)"},
    {"id": "2024", "title": "Gerakan Menuju Smart City 2024", "years": [2024], "announcedSize": 10,
     "sources": [PATROLI_2024]},
]

# Rows whose evidence says which letter selected the region (by cohort), transcribed by hand
# from participants.csv: a row that only mentions a letter (Bone Bolango under B-160) is not one.
LETTER_REGIONS = {
    "B-217/KOMINFO/DJAI/AI.01.05/04/2018": ("2017", ["12.71", "14.71", "33.19", "64.08", "72.06"]),
    "B-116/DJAI/AI.01.05/02/2019": ("2017", ["13.05"]),
    "B-003/DJAI/AI.01.04/01/2022": ("2022", ["13.77", "71.72", "73.22"]),
    "B-349/DJAI/AI.01.02/06/2022": ("2023", ["17.71", "71.74", "91.03", "93.02"]),
    "B-454/DJAI/AI.01.02/05/2023": ("2024", ["75.03"]),
    "B-160/DJAI/AI.01.02/02/2024": ("2024", ["53.06"]),
}
ISSUER = "Direktur Jenderal Aplikasi Informatika, Kementerian Komunikasi dan Informatika"

LETTERS = [
    {"number": "265/KOMINFO/DJAI/AI.01.05/05/05/2017", "date": "2017-05-05", "cohort": "2017",
     "subject": "Result of the assessment of 2-3 May 2017 (phase 2017)",
     "regencies": [], "sources": [{"publisher": "Bali Tribune"}],
     "note": "number as printed by Bali Tribune; the regions it names are not transcribed"},
    {"number": "646/Kominfo/DJAL/AI.01.05/10/2020", "date": "2020-10-21", "cohort": "2021",
     "issuer": "Direktur Jenderal Aplikasi Informatika, Kementerian Komunikasi dan Informatika",
     "subject": "Penyampaian Hasil Seleksi Asesmen Gerakan Menuju Smart City pada Kawasan Pariwisata Prioritas Nasional (KPPN) dan Ibukota Negara Baru",
     "regencies": ["53.19"], "sources": [SEED_000],
     "note": "number as printed by the source (DJAL; other Ditjen Aptika letters read DJAI); only Manggarai Timur is known to be named"},
    {"number": "B-217/KOMINFO/DJAI/AI.01.05/04/2018", "date": "2018-04-09", "cohort": "2017", "issuer": ISSUER,
     "subject": "Result of the assessment of 5-7 March 2018 (phase 2018)", "sources": [],
     "note": "120 of 165 shortlisted were assessed; Kota Depok was on the list but its selection was cancelled (it signed in 2019); Kabupaten Cirebon was chosen by a later letter, B-309/KOMINFO/DJAI/AI05/05/2018 of May 2018 (day not reported); only the regions whose reports cite this letter are listed"},
    {"number": "B-116/DJAI/AI.01.05/02/2019", "date": "2019-02-28", "cohort": "2017", "issuer": ISSUER,
     "subject": "Result of the assessment of 21-22 February 2019 (phase 2019)", "sources": [],
     "note": "only the regions whose reports cite this letter are listed"},
    {"number": "B-003/DJAI/AI.01.04/01/2022", "date": "2022-01-03", "cohort": "2022", "issuer": ISSUER,
     "subject": "Result of the assessment of 1-5 November 2021 (88 kabupaten/kota assessed)", "sources": [],
     "note": "only the regions whose reports cite this letter are listed"},
    {"number": "B-349/DJAI/AI.01.02/06/2022", "date": "2022-06-03", "cohort": "2023", "issuer": ISSUER,
     "sources": [JAYAPURA_PPID],
     "note": "names 47 kabupaten/kota (50 signed); only the regions whose reports cite this letter are listed"},
    {"number": "B-454/DJAI/AI.01.02/05/2023", "date": "2023-05-31", "cohort": "2024", "issuer": ISSUER,
     "subject": "Selection of 10 kabupaten/kota for 2024", "sources": [],
     "note": "named 10 regions including Kabupaten Bone Bolango, which the invitation B-160 and the list read at the signing replace with Kabupaten Flores Timur; only the regions whose reports cite this letter are listed"},
    {"number": "B-160/DJAI/AI.01.02/02/2024", "date": "2024-02-07", "cohort": "2024", "issuer": ISSUER,
     "subject": "Invitation to the MoU signing of 5 March 2024", "sources": [],
     "note": "invitation letter; it names Kabupaten Flores Timur in Bone Bolango's place"},
]

CEREMONIES = [
    {"cohort": "2017", "date": "2017-05-22", "venue": "Four Points by Sheraton", "city": "Makassar", "mode": "in-person",
     "announcedSignatories": 25, "sources": DETIK_2017},
    {"cohort": "2017", "date": "2018-05-08", "venue": "REDTOP Hotel", "city": "Jakarta", "mode": "in-person",
     "announcedSignatories": 50, "sources": [INFOBLORA]},
    {"cohort": "2017", "date": "2019-05-15", "venue": "Hotel Santika Premiere Hayam Wuruk", "city": "Jakarta", "mode": "in-person",
     "announcedSignatories": 25, "sources": [TIMES_2019]},
    {"cohort": "2021", "date": "2021-05-20", "mode": "virtual", "presidedBy": MINISTER, "ministrySignatory": DIRJEN,
     "announcedSignatories": 48, "sources": [SEED_000],
     "note": "signed remotely by the heads of 48 regions of the KPPN and of the new capital"},
    {"cohort": "2022", "date": "2022-04-21", "mode": "virtual", "presidedBy": MINISTER, "ministrySignatory": DIRJEN,
     "announcedSignatories": 50, "sources": [SEED_003], "note": "signed symbolically (secara simbolis)"},
    {"cohort": "2023", "date": "2023-02-28", "mode": "virtual", "announcedSignatories": 50, "sources": [AMC_2023, NATGEO_2023],
     "note": "50 kabupaten/kota and the provinces Jawa Barat and DI Yogyakarta (provinces are not regions of this registry)"},
    {"cohort": "2024", "date": "2024-03-05", "mode": "virtual", "venue": "Zoom", "announcedSignatories": 10,
     "sources": [PATROLI_2024]},
]

TOTALS = [
    {"year": 2019, "cumulativeRegions": 100, "statedOn": "2022-04-21", "statedBy": MINISTER,
     "statement": "25 in 2017, 50 in 2018 and 25 in 2019: 100 kabupaten/kota", "sources": MINISTER_2022},
    {"year": 2021, "cumulativeRegions": 141, "repeats": 7, "statedOn": "2022-04-21", "statedBy": MINISTER,
     "statement": "48 signed in 2021, of which 7 had joined in earlier years: 141 of the 514 kabupaten/kota", "sources": MINISTER_2022},
    {"year": 2022, "cumulativeRegions": 191, "statedOn": "2022-04-21", "statedBy": MINISTER,
     "statement": "with 50 in 2022, 191 kabupaten/kota", "sources": [SEED_003] + MINISTER_2022},
    {"year": 2023, "cumulativeRegions": 241,
     "statement": "one of the 241 kabupaten/kota selected from 2017 to 2023",
     "sources": [{"url": "https://nusantaranews.web.id/2024/06/transformasi-digital-kabupaten-sukabumi.html", "date": "2024-06-01",
                  "evidence": "2024 report on Kabupaten Sukabumi: one of the 241 kab/kota selected 2017-2023."}],
     "note": "no official statement of the 2023 total was found; 191 + 50 = 241 with no repeats in 2023"},
    {"year": 2024, "cumulativeRegions": 251,
     "statement": "with 10 in 2024, 251 kabupaten/kota",
     "sources": [],
     "note": "the project's domain notes give 251; no public page stating it was found (191 + 50 + 10)"},
]

# Where the fact-check of the cited pages on 7 December 2026 changed how far a membership or a
# claim is trusted, the record says so and why, so that a reader who saw the earlier rating is
# not left to wonder.
REVISED = {
    ("2017", "91.71"): "Rated medium since the fact-check of 7 December 2026 (was high).",
    ("2021", "12.15"): "A member since the fact-check of 7 December 2026 (was a disputed claim): the 2021 MoU report and the Danau Toba FGD list name it; its 2022 claim stays disputed.",
    ("2021", "19.02"): "A member since the fact-check of 7 December 2026 (was a low claim), on one report.",
    ("2022", "12.03"): "Rated high since the fact-check of 7 December 2026 (was medium): a second independent source was found.",
    ("2022", "16.05"): "Rated high since the fact-check of 7 December 2026 (was medium): a second independent source was found.",
    ("2022", "32.11"): "Rated high since the fact-check of 7 December 2026 (was medium): a second independent source was found.",
    ("2021", "52.71"): "Disputed since the fact-check of 7 December 2026 (was low): one report of a 2021 MoU stands against the minister's count of seven earlier members.",
}

# Signings on a day of their own, not at their cohort's ceremony (the row's evidence says so).
OWN_DATES = {("2021", "82.03"): "2021-07-21"}

# MoU numbers as the sources print them (domain notes, "MoU (nota kesepakatan) numbers seen").
MOU_NUMBERS = {
    ("2022", "13.07"): "B-32/DJAI/HK.04.02/04/2022",
    ("2023", "33.28"): "50/DJAI/HK.04.02/02/2023",
    ("2023", "35.08"): "B-35/DJAI/HK.04.02/02/2023",
    ("2024", "33.03"): "014/DJAI/HK.04.01/03/2024",
}

# Milestones after the signing, as public reporting gives them (domain notes, "Milestones after
# the signing"). Tabanan's evaluation tahap I is dated only "June 2024", so only tahap II is dated.
MILESTONES = [
    ("53.19", "2021", "bimtek-1", "2021-06-21", "2021-06-22", [{"url": "floreseditorial.com/2021/06/manggarai-timur-menuju-smart-city.html"}], "Bimtek Tahap I on the masterplan and quick wins"),
    ("12.12", "2021", "bimtek-1", "2021-06-28", None, [{"url": "tobakab.go.id/pemkab-toba-sosialisasi-dan-bimtek-smart-city/"}], None),
    ("12.12", "2021", "bimtek-4", "2021-11-23", None, [{"url": "tobakab.go.id"}, {"url": "danau-toba.wahananews.co"}], None),
    ("12.16", "2021", "bimtek-1", "2021-06-24", None, [{"url": "smartnation.id/pemkab-humbahas-menindaklanjuti-program-jokowi-untuk-mewujudkan-smart-city/"}], "reported as Bimtek 1"),
    ("53.15", "2021", "bimtek-4", "2021-11-19", None, [{"url": "satukanegeri.com/post/152655/"}], None),
    ("33.23", "2021", "masterplan-presented", "2021-11-27", None, [{"url": "mediacenter.temanggungkab.go.id"}], "masterplan of KPPN Borobudur presented"),
    ("51.01", "2022", "awarded", "2022-12-01", None, [{"url": "bali.antaranews.com/berita/301043/"}], "award for its 2022 masterplan"),
    ("33.28", "2023", "bimtek-1", "2023-06-26", "2023-06-27", [{"url": "pagerwangi.desa.id/artikel/2023/6/27/bimtek-penyusunan-masterplan-smart-city"}], "Bimtek Tahap 1 on drafting the masterplan"),
    ("91.03", "2023", "bimtek-1", "2023-07-06", "2023-07-07", [{"url": "lpplrku.jayapurakab.go.id/?p=5711"}], None),
    ("51.02", "2022", "evaluated", "2024-11-20", None, [{"url": "wartabalionline.com/2024/11/21/"}], "evaluation tahap II on six quick-win indicators; tahap I was in June 2024 (day not reported)"),
]

SEED_MOUS = {
    ("2021", "53.19"): {
        "venue": "Hotel Inaya Bay, Labuan Bajo, Kabupaten Manggarai Barat", "mode": "virtual",
        "regionalSignatory": {"name": "Agas Andreas, S.H., M.Hum", "office": "Bupati"},
        "accompaniedBy": [
            {"name": "Bonefasius Sai, S.Sos", "office": "Kepala Dinas Komunikasi dan Informatika"},
            {"name": "Jefrin Haryanto", "office": "Kepala Bagian Protokol Pimpinan"},
        ],
        "scope": ALL_SCOPE, "letter": "646/Kominfo/DJAL/AI.01.05/10/2020", "area": "KPPN Labuan Bajo",
        "sources": [SEED_000],
    },
    ("2022", "51.02"): {
        "venue": "Tabanan Command Centre, Kantor Bupati Tabanan", "mode": "virtual",
        "regionalSignatory": {"name": "I Gede Susila", "office": "Sekda", "onBehalfOf": "Bupati"},
        "scope": ["masterplan-guidance", "data-exchange"],
        "sources": [SEED_003, MEDIAPELANGI],
        "note": "the scope as reported ends with 'dan lain-lain' (and others)",
    },
}
LETTER_OF = {(cohort, code): number for number, (cohort, codes) in LETTER_REGIONS.items() for code in codes}
LETTER_OF[("2021", "53.19")] = "646/Kominfo/DJAL/AI.01.05/10/2020"

# National agencies and state media: stronger than other news, weaker than an official site.
NATIONAL = ("antaranews.com", "infopublik.id", "rri.co.id", "indonesia.go.id")


DATA_LICENCE = """# Licence of the registry's data

The data in this folder (every JSON file of the registry, and what `smartcity` exports from it:
CSV, SQL, the site's downloads) is published under the **Creative Commons Attribution 4.0
International** licence (CC BY 4.0): <https://creativecommons.org/licenses/by/4.0/>.

You may share and adapt it, for any purpose, provided you credit it:

> Gerakan Menuju Smart City registry (smartcity), CC BY 4.0, and the sources each record cites

Each record names its sources (publisher, title, date, address); the facts are theirs, and a
reuse that repeats a fact should name its source as the record does. The region codes and names
are Kemendagri's (Kepmendagri 300.2.2-2138/2025).

The simplified boundaries of the regions and provinces built into the tool are not part of this
data: they keep their own MIT licence (cahyadsn/wilayah_boundaries), which ships beside them.
"""


def with_scheme(url):
    return url if "://" in url else "https://" + url


def host(url):
    name = with_scheme(url).split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].lower()
    return name[4:] if name.startswith("www.") else name


def strength(source):
    """0 for an official regional or ministry site, 1 for a national agency, 2 for other news."""
    url = source.get("url")
    if not url:
        return 2
    name = host(url)
    if name.endswith(".go.id"):
        return 0
    return 1 if any(name == n or name.endswith("." + n) for n in NATIONAL) else 2


def normalised(source):
    """A source as the store keeps it: an address with its scheme, a publisher (its host when
    none is given)."""
    source = dict(source)
    if source.get("url"):
        source["url"] = with_scheme(source["url"])
        source.setdefault("publisher", host(source["url"]))
    return source


def strongest_first(sources):
    return sorted((normalised(s) for s in sources), key=strength)


SECOND_SOURCE = "Second source:"


def sources_from(text, evidence=None):
    """The sources of a reference row, strongest first, and what they state together.

    Each source carries what that page says: the row's evidence when it cites one page; the
    two halves of it when it says what a second source states ("... Second source: ...").
    Where one paraphrase stands for several pages, no page is credited with it: it is returned
    as the record's own `evidence`, said once."""
    result = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        if part.startswith("seed "):
            continue  # the seed articles are cited in full by the seed MoUs themselves
        if " (" in part and part.endswith(")"):
            url, note = part[:-1].split(" (", 1)
            source = {"url": url, "note": note}
        else:
            source = {"url": part}
        result.append(source)
    shared = None
    if evidence and SECOND_SOURCE in evidence:
        first, second = (half.strip() for half in evidence.split(SECOND_SOURCE, 1))
        assert len(result) == 2, (text, evidence)
        result[0]["evidence"], result[1]["evidence"] = first, second
    elif evidence and len(result) == 1:
        result[0]["evidence"] = evidence
    elif evidence:
        shared = evidence
    return strongest_first(result), shared


def with_evidence(record, text, evidence):
    """`record` with the sources of a reference row and, where one paraphrase stands for
    several pages, that paraphrase as the record's `evidence`."""
    record["sources"], shared = sources_from(text, evidence)
    if shared:
        record["evidence"] = shared
    return record


# Remarks about how the reference list was compiled (its verification rounds, the rows of an
# earlier version), which mean nothing beside a published record: dropped or reworded so that
# a note describes the publications only.
COMPILATION_REMARKS = [
    ("Added in verify2. ", ""),
    ("Already in registry (high); extra sources added. ", ""),
    ("Already in registry (high). ", ""),
    ("Already in registry (high).", ""),
    ("Already in registry (medium); second independent report found, so high.", "A second independent report makes it high."),
    ("Already in registry. Extra sources: ", "Sources include "),
    ("Already in registry. ", ""),
    (" | Already in registry. ", " | "),
    ("Registry had medium; two independent sources ", "Two independent sources "),
    ("Registry had medium; upgraded with ", "Two independent sources: "),
    ("Registry had medium; upgraded. ", ""),
    ("Registry had low (photo caption). ", ""),
    ("Upgraded in verification: ", "High: "),
    ("Upgraded low->high in verify2 (japos, locusonline, bandungbaratpos: bimtek tahap III).",
     "Three independent reports (japos, locusonline, bandungbaratpos: bimtek tahap III)."),
    ("Upgraded low->high in verify2 (maduraindepth, seputarindonesia, suarasulawesi).",
     "Three independent reports (maduraindepth, seputarindonesia, suarasulawesi)."),
    ("Upgraded medium->high in verify2 (four independent reports).", "Four independent reports."),
    ("Found during verification (not in any research file). ", ""),
    ("See the 2017-phase row.", "See its 2017-phase membership."),
    ("See the 2021 row.", "See its 2021 membership."),
    ("(separate disputed 2019 row)", "(a separate, disputed 2019 claim)"),
    ("kept as a disputed 2022 row", "kept as a disputed 2022 claim"),
    ("a 2022 member (separate row)", "a 2022 member (a membership of its own)"),
]
REPOSITORY_WORDS = ("verify2", "verification", "registry", "research file", " row", "seed ")


def for_readers(text):
    """A reference note as a published record gives it: about the publications only."""
    for old, new in COMPILATION_REMARKS:
        text = text.replace(old, new)
    text = text.strip()
    lowered = text.lower()
    assert not any(word in lowered for word in REPOSITORY_WORDS), text
    return text


INFERENCE = re.compile(r"\binferred\b|^Cohort fixed by arithmetic", re.IGNORECASE)


def inference_of(note):
    """The parts of a member's note that say what of the membership is inferred rather than
    reported (its cohort or phase, and from what), and the note without them. A sentence whose
    first clause infers is taken whole; otherwise only its clauses (apart by "; ") that
    infer. The reference's remarks are apart by " | "."""
    inferred, kept = [], []
    for remark in note.split(" | "):
        left = []
        for sentence in re.split(r"(?<=\.)\s+(?=[A-Z'\"])", remark.strip()):
            if not INFERENCE.search(sentence):
                left.append(sentence)
            elif INFERENCE.search(sentence.split("; ")[0]):
                inferred.append(sentence)
            else:
                clauses = sentence.split("; ")
                inferred.extend(c for c in clauses if INFERENCE.search(c))
                rest = "; ".join(c for c in clauses if not INFERENCE.search(c))
                if rest:
                    left.append(rest.rstrip(".;") + ".")
        if left:
            kept.append(" ".join(left))
    inferred = joined(*inferred)
    return (inferred[:1].upper() + inferred[1:] or None), " | ".join(kept)


def joined(*sentences):
    """Sentences of a note, each ending with its full stop, in one text."""
    parts = [s.strip() for s in sentences if s and s.strip()]
    return " ".join(p if p.endswith((".", "\u201d", '"')) else p + "." for p in parts)


# Steps whose source gives no day and whose evidence does not start with the month or year it
# gives ("2024-06: ..."): the year the evidence states.
PARTIAL_DATES = {
    ("2022", "12.03", "awarded"): "2022",  # "page dated 5/1/2023, so late 2022"
    ("2022", "35.03", "awarded"): "2022",  # "'Smart City 2022' award ... (late 2022)"
    ("2022", "62.02", "awarded"): "2022",  # "awarded ... for completing 2022 masterplan"
}


MONTHS = {m: i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])}


def partial_date(row):
    """The month or year a source gives for a step it does not date to the day: the evidence's
    own prefix ("2024-06:", "2019:", "June 2023:"), else the year of the regulation that
    adopted a masterplan ("... Tahun 2018"), else the year its evidence states."""
    evidence = row["evidence"].strip()
    prefix = re.match(r"^(\d{4}-\d{2}|\d{4}):", evidence)
    if prefix:
        return prefix.group(1)
    month = re.match(r"^(%s) (\d{4}):" % "|".join(MONTHS), evidence)
    if month:
        return "%s-%02d" % (month.group(2), MONTHS[month.group(1)])
    regulation = re.search(r"Tahun (\d{4})$", row["regulation"])
    if row["kind"] == "masterplan-adopted" and regulation:
        return regulation.group(1)
    return PARTIAL_DATES[(row["cohort"], row["code"], row["kind"])]


def short_name(official):
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if official.startswith(prefix):
            return official[len(prefix):]
    raise SystemExit("unexpected regency name: " + official)


def write(name, records, key):
    records = sorted(records, key=lambda r: r[key].encode("utf-8"))
    for record in records:
        if "sources" in record:
            record["sources"] = strongest_first(record["sources"])
    keys = [r[key] for r in records]
    assert len(keys) == len(set(keys)), "duplicate id in " + name
    with open(os.path.join(DATA, name), "w", encoding="utf-8") as f:
        f.write(json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return records


def swift_literal(text):
    """A Swift string literal holding `text` exactly."""
    out = []
    for ch in text:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def swift_source(source):
    """A `Source(...)` expression; the reference sources have no date."""
    assert "date" not in source, source
    labels = ["title", "publisher", "url", "evidence", "note"]
    assert set(source) <= set(labels), source
    return "Source(%s)" % ", ".join("%s: %s" % (label, swift_literal(source[label])) for label in labels if label in source)


def write_reference_swift(reference):
    """Embeds the reference collections in ProgrammeCore for `smartcity init`: each file byte for
    byte as the store writes it, and the provinces and regencies also as values, which a read
    takes instead of decoding a file whose bytes are exactly these (see ReferenceData.swift)."""
    swift = os.path.join(ROOT, "Sources", "ProgrammeCore", "Reference", "ReferenceData+Generated.swift")
    os.makedirs(os.path.dirname(swift), exist_ok=True)
    source_lists = []
    def sources_name(sources):
        text = json.dumps(sources, sort_keys=True)
        if text not in source_lists:
            source_lists.append(text)
        return "sources%d" % source_lists.index(text)
    provinces = ["    Province(code: %s, name: %s, sources: %s)," % (
        swift_literal(r["code"]), swift_literal(r["name"]), sources_name(r["sources"])) for r in reference["provinces"]]
    regencies = ["    Regency(code: %s, name: %s, officialName: %s, kind: .%s, province: %s, sources: %s)," % (
        swift_literal(r["code"]), swift_literal(r["name"]), swift_literal(r["officialName"]), r["kind"],
        swift_literal(r["province"]), sources_name(r["sources"])) for r in reference["regencies"]]
    with open(swift, "w", encoding="utf-8") as f:
        f.write("// swift-format-ignore-file\n")
        f.write("// Generated by Scripts/generate-registry.py from ../shared/reference; do not edit.\n\n")
        f.write("extension ReferenceData {\n")
        f.write("  /// The reference collections, each file byte for byte as the store writes it.\n")
        f.write("  static let files: [(Collection, StaticString)] = [\n")
        for name, records in reference.items():
            text = json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            assert '"""#' not in text
            # The closing delimiter at the start of its line: no indentation is stripped, and the
            # empty line before it is the file's final newline.
            f.write("    (.%s, #\"\"\"\n%s\n\"\"\"#),\n" % (name, text))
        f.write("  ]\n\n")
        f.write("  /// The provinces of `files`, as values.\n")
        f.write("  static let builtProvinces: [Province] = [\n%s\n  ]\n\n" % "\n".join(provinces))
        f.write("  /// The regencies of `files`, as values.\n")
        f.write("  static let builtRegencies: [Regency] = [\n%s\n  ]\n" % "\n".join(regencies))
        for index, text in enumerate(source_lists):
            f.write("\n  static let sources%d: [Source] = [%s]\n" % (index, ", ".join(swift_source(s) for s in json.loads(text))))
        f.write("}\n")


def main():
    os.makedirs(DATA, exist_ok=True)
    provinces = [{"code": r["code"], "name": r["name"], "sources": [KEPMENDAGRI]}
                 for r in csv.DictReader(open(os.path.join(REFERENCE, "provinces.csv"), encoding="utf-8"))]
    regencies = []
    for r in csv.DictReader(open(os.path.join(REFERENCE, "regencies.csv"), encoding="utf-8")):
        regencies.append({"code": r["code"], "province": r["province_code"], "kind": r["kind"],
                          "officialName": r["name"], "name": short_name(r["name"]), "sources": [KEPMENDAGRI]})
    assert len(provinces) == 38 and len(regencies) == 514
    # The seed names the six pillars in the minister's words; it says nothing of what each covers.
    pillars_stated = dict(SEED_000, evidence=(
        "The minister: the programme stresses six main pillars of a smart city: Smart Governance, "
        "Smart Branding, Smart Economy, Smart Living, Smart Society and Smart Environment."))
    pillars = [{"id": i, "name": n, "sources": [pillars_stated]} for i, n in PILLARS]
    cohorts = [dict({"phases": []}, **c) for c in COHORTS]
    ceremonies = [dict(c, id="ceremony-" + c["date"]) for c in CEREMONIES]
    ceremony_of = {(c["cohort"], int(c["date"][:4])): c for c in ceremonies}
    names = {r["code"]: r["officialName"] for r in regencies}

    mous, claims = [], []
    rows = list(csv.DictReader(open(os.path.join(REFERENCE, "participants.csv"), encoding="utf-8")))
    row_of = {(r["cohort"], r["code"]): r for r in rows if r["confidence"] in ("high", "medium")}
    row_of.update({(r["cohort"], r["code"]): r for r in rows if r["confidence"] in ("low", "disputed") and (r["cohort"], r["code"]) not in row_of})
    for row in rows:
        cohort, year, code = row["cohort"], int(row["year"]), row["code"]
        assert names[code] == row["name"], (code, row["name"], names[code])
        note = joined(REVISED.get((cohort, code)), for_readers(row["note"]))
        evidence = row["evidence"].strip()
        if row["confidence"] in ("low", "disputed"):
            claim = with_evidence({"id": "claim-%s-%s" % (cohort, code), "regency": code, "cohort": cohort, "year": year,
                                   "confidence": row["confidence"]}, row["source"], evidence)
            if note:
                claim["note"] = note
            claims.append(claim)
            continue
        ceremony = ceremony_of[(cohort, year)]
        mou = with_evidence({"id": "mou-%s-%s" % (cohort, code), "regency": code, "cohort": cohort,
                             "ceremony": ceremony["id"], "signedOn": ceremony["date"], "confidence": row["confidence"],
                             "accompaniedBy": [], "scope": []}, row["source"], evidence)
        notes = ["signing date is that of the cohort's ceremony"]
        if (cohort, code) in OWN_DATES:
            mou["signedOn"] = OWN_DATES[(cohort, code)]
            del mou["ceremony"]
            notes = ["signed on a day of its own, as the sources report"]
        if (cohort, code) in MOU_NUMBERS:
            mou["number"] = MOU_NUMBERS[(cohort, code)]
        inferred, note = inference_of(note)
        if inferred:
            mou["inferred"] = inferred
        if note:
            notes.insert(0, note)
        mou["note"] = "; ".join(n.rstrip(".") for n in notes)
        if (cohort, code) in LETTER_OF:
            mou["letter"] = LETTER_OF[(cohort, code)]
        if (cohort, code) in SEED_MOUS:
            seed = SEED_MOUS[(cohort, code)]
            extra = [s for s in mou["sources"] if s not in seed["sources"]]
            mou.update(seed)
            seed_urls = {with_scheme(x["url"]) for x in seed["sources"] if x.get("url")}
            # A seed source the reference also cites takes the reference's evidence.
            evidence_of = {s["url"]: s["evidence"] for s in extra if s.get("url") and s.get("evidence")}
            seeded = [dict(x, evidence=evidence_of[with_scheme(x["url"])]) if "evidence" not in x and with_scheme(x.get("url", "")) in evidence_of else x
                      for x in seed["sources"]]
            mou["sources"] = seeded + [s for s in extra if with_scheme(s.get("url", "")) not in seed_urls]
            mou["note"] = seed.get("note", "details from the report of %s, %s" % (seed["sources"][0]["publisher"], seed["sources"][0]["date"]))
        mous.append(mou)
    totals = [dict(t, id="total-%d" % t["year"]) for t in TOTALS]

    reference = {
        "provinces": write("provinces.json", provinces, "code"),
        "regencies": write("regencies.json", regencies, "code"),
        "pillars": write("pillars.json", pillars, "id"),
        "cohorts": write("cohorts.json", cohorts, "id"),
    }
    letters = []
    for letter in LETTERS:
        letter = dict(letter)
        cohort, codes = LETTER_REGIONS.get(letter["number"], (letter["cohort"], letter.get("regencies", [])))
        letter["regencies"] = sorted(codes)
        # The pages that report a region as named by the letter are the letter's sources (for
        # the letters whose regions were transcribed from those reports).
        for code in codes if letter["number"] in LETTER_REGIONS else []:
            row = row_of.get((cohort, code))
            if row:
                letter["sources"] = letter["sources"] + [s for s in sources_from(row["source"], row["evidence"].strip())[0][:2]
                                                         if s["url"] not in {x.get("url") for x in letter["sources"]}]
        letters.append(letter)
    write("letters.json", letters, "number")
    write("ceremonies.json", ceremonies, "id")
    write("mous.json", mous, "id")
    write("announced-totals.json", totals, "id")
    write("unconfirmed-claims.json", claims, "id")
    milestones = {}
    for code, cohort, kind, date, until, sources, note in MILESTONES:
        record = {"regency": code, "cohort": cohort, "kind": kind, "date": date, "sources": sources}
        if until:
            record["until"] = until
        if note:
            record["note"] = note
        milestones[(cohort, code, kind, date)] = record
    # The steps after the signing found in public reporting, with their evidence. A step the
    # source dates only to a month or a year keeps that precision (never an invented day).
    for row in csv.DictReader(open(os.path.join(REFERENCE, "milestones.csv"), encoding="utf-8")):
        cohort, code, kind = row["cohort"], row["code"], row["kind"]
        date = row["date"] or partial_date(row)
        key = (cohort, code, kind, date)
        # One of the first ten keeps its note; the reference's sources, which cite the articles
        # themselves where the first ten named a site, replace its own.
        record = milestones.get(key) or {"regency": code, "cohort": cohort, "kind": kind, "date": date}
        milestones[key] = with_evidence(record, row["source"], row["evidence"].strip())
        if row["until"]:
            record["until"] = row["until"]
        if row["regulation"]:
            record["regulation"] = row["regulation"]
    records = []
    mou_ids = {m["id"] for m in mous}
    for (cohort, code, kind, date), record in milestones.items():
        assert "mou-%s-%s" % (cohort, code) in mou_ids, (code, cohort)
        record["id"] = "milestone-%s-%s-%s-%s" % (cohort, code, kind, date)
        records.append(record)
    milestones = records
    write("milestones.json", milestones, "id")
    write("quick-wins.json", [], "id")
    manifest = {"format": "smartcity-registry", "version": 1, "title": "Gerakan Menuju Smart City registry",
                "description": "The regions of Indonesia's Smart City programme, their MoUs, selection letters and cohorts, each record with its sources. Format documented in README.md."}
    with open(os.path.join(DATA, "registry.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")

    # The data's licence, said in the store itself (the data package names it too).
    with open(os.path.join(DATA, "LICENSE.md"), "w", encoding="utf-8") as f:
        f.write(DATA_LICENCE)

    write_reference_swift(reference)
    print("wrote %d provinces, %d regencies, %d MoUs, %d unconfirmed claims" % (len(provinces), len(regencies), len(mous), len(claims)))


if __name__ == "__main__":
    main()
