"""Roles over time: tenures merged across documents, and who held a post at an inspection."""
from __future__ import annotations

from fastapi.testclient import TestClient

from ikg.tenures import TenureMention, group_tenures, role_kind, tenure_graph
from ontology import IKG, ORG, Minter
from test_api_data import KESTRELFORD, examples_store, make_app

K = "http://x/id/council/E99000001"


def test_role_kinds_from_written_titles():
    assert role_kind("Director of Children's Services") == "role_dcs"
    assert role_kind("Corporate Director of Children’s and Young People’s Services") == "role_dcs"
    assert role_kind("cabinet member for children's services") == "role_lead_member"
    assert role_kind("His Majesty's Inspector") == "role_inspector"
    assert role_kind("director of education") is None
    assert role_kind("chief executive") == "role_chief_executive"


def test_one_tenure_per_person_post_and_council_with_the_dates_the_sources_show():
    def t(iri, person, title, since=(), seen=()):
        return TenureMention(iri, person, K, title, set(since), set(), set(seen))
    ms = {m.iri: m for m in [
        t("t1", "p/jo", "incoming director of children's services"),  # not yet in post: no date seen
        t("t2", "p/jo", "corporate director", since=["2023-08"], seen=["2024-05-02"]),
        t("t3", "p/joh", "Director of Children's Services", seen=["2025-03-25", "2025-04-28"]),
        t("t4", "p/jo", "director of education", seen=["2024-05-02"])]}
    person = {"p/joh": "p/jo"}
    groups = group_tenures(ms, person)
    assert sorted(len(v) for v in groups.values()) == [1, 3]  # education stays a post of its own
    g = tenure_graph(ms, person, Minter("http://x/"))
    [dcs] = list(g.subjects(ORG.role, IKG.role_dcs))
    assert str(g.value(dcs, IKG.knownFrom)) == "2023-08" and str(g.value(dcs, IKG.knownUntil)) == "2025-04-28"
    assert {str(g.value(m, IKG.resolvesTo)) for m in map(__import__("rdflib").URIRef, ("t1", "t2", "t3"))} == {str(dcs)}


def test_who_was_director_when_the_council_was_judged_inadequate():
    store, settings = examples_store()
    c = TestClient(make_app(store, settings))
    rows = c.get("/api/queries/post_holders", params={"role": "dcs", "grade": "inadequate",
                                                      "council": KESTRELFORD}).json()
    assert {r["name"] for r in rows} == {"Amara Okonkwo"}
    assert all(r["overall"] == "inadequate" and r["type"] == "ilacs" for r in rows)
    assert c.get("/api/queries/post_holders", params={"role": "dcs", "grade": "outstanding"}).json() == []
    everyone = c.get("/api/queries/post_holders", params={"council": KESTRELFORD}).json()
    assert {"Amara Okonkwo"} <= {r["name"] for r in everyone}
    assert all(r["known_from"] <= r["date"] for r in everyone)


def test_each_stated_tenure_is_one_row_with_the_gazetteers_name_for_its_council():
    # documents state the council with a name of their own; only the gazetteer's graph gives the official one
    from collections import Counter

    from app.curated import select
    store, _settings = examples_store()
    rows = select(store, "tenures")
    assert rows and max(Counter(str(r["tenure"]) for r in rows).values()) == 1
    council_rows = [r for r in rows if str(r["organisation"]).endswith("/council/E99000001")]
    assert council_rows and {str(r["organisation_name"]) for r in council_rows} == {"Kestrelford"}
