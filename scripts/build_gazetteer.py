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
# Each council's name in full, as it styles itself, where that is not "X County Council" (a county),
# "London Borough of X" (a London borough) or "X Council". The City of London stays as Ofsted names it.
FULL_NAMES = {
    "Hartlepool": "Hartlepool Borough Council", "Redcar and Cleveland": "Redcar and Cleveland Borough Council",
    "Stockton-on-Tees": "Stockton-on-Tees Borough Council", "Darlington": "Darlington Borough Council",
    "Halton": "Halton Borough Council", "Warrington": "Warrington Borough Council",
    "Blackburn with Darwen": "Blackburn with Darwen Borough Council", "Kingston Upon Hull": "Kingston upon Hull City Council",
    "York": "City of York Council", "Derby": "Derby City Council", "Leicester": "Leicester City Council",
    "Rutland": "Rutland County Council", "Nottingham": "Nottingham City Council",
    "Stoke-on-Trent": "Stoke-on-Trent City Council", "Bristol": "Bristol City Council", "Plymouth": "Plymouth City Council",
    "Poole": "Borough of Poole", "Swindon": "Swindon Borough Council", "Peterborough": "Peterborough City Council",
    "Luton": "Luton Borough Council", "Southend-on-Sea": "Southend-on-Sea City Council",
    "Reading": "Reading Borough Council", "Slough": "Slough Borough Council",
    "Windsor and Maidenhead": "Royal Borough of Windsor and Maidenhead", "Wokingham": "Wokingham Borough Council",
    "Milton Keynes": "Milton Keynes City Council", "Brighton and Hove": "Brighton and Hove City Council",
    "Portsmouth": "Portsmouth City Council", "Southampton": "Southampton City Council",
    "County Durham": "Durham County Council", "Isles of Scilly": "Council of the Isles of Scilly",
    "Bedford": "Bedford Borough Council", "Northumberland": "Northumberland County Council",
    "Cumberland": "Cumberland Council", "Westmorland and Furness": "Westmorland and Furness Council",
    "North Yorkshire": "North Yorkshire Council", "Rochdale": "Rochdale Borough Council",
    "Manchester": "Manchester City Council", "Salford": "Salford City Council", "Liverpool": "Liverpool City Council",
    "St. Helens": "St Helens Borough Council", "Doncaster": "City of Doncaster Council",
    "Rotherham": "Rotherham Metropolitan Borough Council", "Newcastle upon Tyne": "Newcastle upon Tyne City Council",
    "Sunderland": "Sunderland City Council", "Birmingham": "Birmingham City Council", "Coventry": "Coventry City Council",
    "Wolverhampton": "City of Wolverhampton Council", "Bradford": "City of Bradford Metropolitan District Council",
    "Leeds": "Leeds City Council", "Sheffield": "Sheffield City Council", "City of London": "City of London",
    "Greenwich": "Royal Borough of Greenwich", "Kensington and Chelsea": "Royal Borough of Kensington and Chelsea",
    "Kingston upon Thames": "Royal Borough of Kingston upon Thames", "Westminster": "Westminster City Council",
    "Northamptonshire": "Northamptonshire County Council",
}


def full_name(name: str, kind: str) -> str:
    if name in FULL_NAMES:
        return FULL_NAMES[name]
    return {"County": f"{name} County Council", "London Borough": f"London Borough of {name}"}.get(kind, f"{name} Council")


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
        w.writerow(["ons_code", "dfe_code", "name", "full_name", "aliases", "region", "type", "domain"])
        for r in sorted(rows, key=lambda r: r["la_code_new"]):
            n = names(r)
            kind = r["ons_la_type"] or "former authority"
            w.writerow([r["la_code_new"], r["la_code"], n[0], full_name(n[0], kind), "|".join(n[1:]), r["region_name"],
                        kind, r["domain"]])
        # A fictional council for the bundled examples and tests; E99 is no real ONS code.
        w.writerow(["E99000001", "999", "Kestrelford", "Kestrelford Council", "Kestrelford Borough", "Example Region",
                    "fictional (examples and tests)", "kestrelford.example"])
    print(f"wrote {len(rows)} councils and one fictional example to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/local_authorities.csv")
