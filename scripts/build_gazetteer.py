"""Builds ontology/councils.csv, the council gazetteer, from the reference table
of England's local authorities (shared/reference/local_authorities.csv).

It keeps only the facts a gazetteer needs: ONS and DfE codes, the names a
council goes by, region, type and web domain.

    python scripts/build_gazetteer.py ../shared/reference/local_authorities.csv
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ontology" / "councils.csv"


# The short names the press gives councils whose own name is longer ("Kingston Council", "Stoke"):
# only those no other council's name begins with (Hull, not Kingston, is Kingston upon Hull's).
SHORT_FORMS = {"Kingston upon Thames": "Kingston", "Richmond upon Thames": "Richmond", "Stoke-on-Trent": "Stoke",
               "Southend-on-Sea": "Southend", "Stockton-on-Tees": "Stockton", "Blackburn with Darwen": "Blackburn",
               "Redcar and Cleveland": "Redcar", "Brighton and Hove": "Brighton", "East Riding of Yorkshire": "East Riding",
               "Newcastle upon Tyne": "Newcastle"}
# The abbreviations the press uses for county names ("Bucks County Council", "Herts", "Notts").
COUNTY_ABBREVIATIONS = {"Buckinghamshire": "Bucks", "Cambridgeshire": "Cambs", "Gloucestershire": "Glos", "Hampshire": "Hants",
                        "Hertfordshire": "Herts", "Lancashire": "Lancs", "Leicestershire": "Leics", "Lincolnshire": "Lincs",
                        "Northamptonshire": "Northants", "Nottinghamshire": "Notts", "Oxfordshire": "Oxon", "Staffordshire": "Staffs",
                        "Wiltshire": "Wilts", "Worcestershire": "Worcs", "South Gloucestershire": "South Glos",
                        "North Lincolnshire": "North Lincs", "North East Lincolnshire": "North East Lincs",
                        "North Northamptonshire": "North Northants", "West Northamptonshire": "West Northants"}
# The trusts and companies that run a council's children's services, by the names they go by.
SERVICE_NAMES = {"Reading": "Brighter Futures for Children", "Sunderland": "Together for Children",
                 "Windsor and Maidenhead": "Achieving for Children", "Kingston upon Thames": "Achieving for Children",
                 "Richmond upon Thames": "Achieving for Children"}


def names(row: dict) -> list[str]:
    found = [row["utla23nm"], row["ltla23nm"], row["local_authority_ons_name"]]
    found += [SHORT_FORMS[n] for n in found[:1] if n in SHORT_FORMS] + [COUNTY_ABBREVIATIONS[n] for n in found[:1] if n in COUNTY_ABBREVIATIONS] + [SERVICE_NAMES[n] for n in found[:1] if n in SERVICE_NAMES]
    found += [a.strip() for a in row["also_known_as"].strip("[]").split(",") if a.strip()]
    for name in list(found):  # "Bristol, City of" -> "Bristol", "City of Bristol"
        head, _, tail = (p.strip() for p in name.partition(","))
        if tail.lower() == "city of":
            found = [head] + found + [f"{tail} {head}"]
    unique = []
    for n in found:
        if n and n.lower() not in {u.lower() for u in unique}:
            unique.append(n)
    return unique


def main(src: str) -> None:
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ons_code", "dfe_code", "name", "aliases", "region", "type", "domain"])
        for r in sorted(rows, key=lambda r: r["la_code_new"]):
            n = names(r)
            w.writerow([r["la_code_new"], r["la_code"], n[0], "|".join(n[1:]), r["region_name"],
                        r["ons_la_type"] or "former authority", r["domain"]])
        # A fictional council for the bundled examples and tests; E99 is no real ONS code.
        w.writerow(["E99000001", "999", "Kestrelford", "Kestrelford Borough", "Example Region",
                    "fictional (examples and tests)", "kestrelford.example"])
    print(f"wrote {len(rows)} councils and one fictional example to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/local_authorities.csv")
