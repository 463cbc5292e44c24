"""Cross-document resolution on small hand-made mentions: people, events, theme status."""
from __future__ import annotations

from ikg.resolve import (FindingMention, InspectionMention, PersonMention, dates_compatible,
                         resolve_events, resolve_people, same_person, theme_statuses)

K = "http://x/id/council/E99000001"
OTHER = "http://x/id/council/E99000002"
OFSTED = "http://x/id/organisation/ofsted"


def person(iri, name, docs, orgs, titles=()):
    return PersonMention(iri, name, set(docs), set(orgs), {t.lower() for t in titles})


def test_same_person_spelled_two_ways_at_one_council_with_one_post():
    a = person("p/amara-okonkwo", "Amara Okonkwo", ["d1", "d2"], [K], ["Director of Children's Services"])
    b = person("p/amara-okonkwu", "Amara Okonkwu", ["d3"], [K], ["incoming director of children's services"])
    why = same_person(a, b)
    assert why and "similar surnames" in why and "director" in why
    canon, reasons = resolve_people({a.iri: a, b.iri: b})
    assert canon == {a.iri: a.iri, b.iri: a.iri}  # the name more documents write wins
    assert reasons[a.iri]


def test_surnames_that_share_their_start_merge_only_with_a_shared_post():
    a = person("p/1", "Nadia Fairweather", ["d1"], [K], ["director of children's services"])
    b = person("p/2", "Nadia Fairbanks", ["d2"], [K], ["corporate director"])
    assert "4 letters in common" in same_person(a, b)
    c = person("p/3", "Nadia Fairbanks", ["d3"], [K], ["cabinet member"])
    assert same_person(a, c) is None
    d = person("p/4", "Nadia Farmer", ["d4"], [K], ["director"])
    assert same_person(a, d) is None  # ratio low and only "Fa" in common


def test_namesakes_at_different_councils_stay_apart():
    a = person("p/1", "Sam Carter", ["d1"], [K], ["Director of Children's Services"])
    b = person("p/2", "Sam Carter", ["d2"], [OTHER], ["Director of Children's Services"])
    assert same_person(a, b) is None
    c = person("p/3", "Sam Cartwright", ["d3"], [K], ["cabinet member"])
    assert same_person(a, c) is None  # similar surname but no shared post


def test_different_first_names_never_merge():
    a = person("p/1", "Jane Hollis", ["d1"], [K], ["director"])
    b = person("p/2", "Joan Hollis", ["d2"], [K], ["director"])
    assert same_person(a, b) is None


def visit(iri, start, inspectors=(), seq=None, council=K, type_="monitoring_visit"):
    m = InspectionMention(iri, council, type_, {f"doc-{iri}"}, start)
    m.inspectors = set(inspectors)
    m.sequence = seq
    return m


def test_dates_compatible_at_the_coarser_precision():
    assert dates_compatible("2023-03", "2023-03-13")
    assert dates_compatible("2018", "2018-05-14")
    assert not dates_compatible("2023-03-13", "2023-03-20")
    assert not dates_compatible("2023-03", "2023-04-01")


def test_mentions_of_one_visit_become_one_event_and_different_inspectors_stay_apart():
    ms = {m.iri: m for m in [
        visit("v-2025-03-25", "2025-03-25", ["p/ash", "p/raman"], 5),
        visit("v-2025-03", "2025-03", ["p/ash"]),
        visit("v-2025-03-04", "2025-03-04", ["p/other"]),
        visit("v-2025", "2025"),  # fits both March visits: stays apart
    ]}
    canon = resolve_events(ms, {})
    assert canon["v-2025-03"] == "v-2025-03-25"
    assert canon["v-2025-03-04"] == "v-2025-03-04"
    assert canon["v-2025"] == "v-2025"


def test_coarse_mention_joins_the_only_event_it_fits():
    ms = {m.iri: m for m in [visit("i-2018-05-14", "2018-05-14", type_="ilacs"), visit("i-2018", "2018", type_="ilacs"),
                             visit("i-2023-03-13", "2023-03-13", type_="ilacs")]}
    assert resolve_events(ms, {})["i-2018"] == "i-2018-05-14"


def test_a_mention_of_the_month_an_inspection_ended_in_is_that_inspection():
    # "the last inspection in March 2023": the one that ran from 20 February to 3 March
    ran = visit("i-2023-02-20", "2023-02-20", type_="ilacs")
    ran.end = "2023-03-03"
    ms = {m.iri: m for m in [ran, visit("i-2023-03", "2023-03", type_="ilacs"), visit("i-2023-04", "2023-04", type_="ilacs")]}
    canon = resolve_events(ms, {})
    assert canon["i-2023-03"] == "i-2023-02-20"
    assert canon["i-2023-04"] == "i-2023-04"  # a month after it ended is not it


def test_theme_status_over_events():
    def f(i, event, polarity):
        return FindingMention(f"f{i}", K, "theme/exploitation", polarity, "d", event, None)
    findings = [f(1, "e1", "negative"), f(2, "e2", "negative"), f(3, "e3", "negative"), f(4, "e3", "positive"),
                f(5, "e4", "positive")]
    events = {e: e for e in ("e1", "e2", "e3", "e4")}
    dates = {"e1": "2023-03", "e2": "2024-01", "e3": "2025-03", "e4": "2026-05"}
    statuses = [(s[2], s[3]) for s in theme_statuses(findings, events, dates)]
    assert statuses == [("e1", "raised"), ("e2", "persisting"), ("e3", "improving"), ("e4", "resolved")]


def test_undated_mention_joins_the_one_event_its_judgements_fit():
    def ilacs(iri, start, grade=None):
        m = visit(iri, start, type_="ilacs")
        if grade:
            m.judgements["overall"].add((grade, "d"))
        return m
    ms = {m.iri: m for m in [ilacs("i2018", "2018-05-14", "requires_improvement"),
                             ilacs("i2023", "2023-03-13", "inadequate"),
                             ilacs("news-a", None, "inadequate"), ilacs("news-b", None, "requires_improvement"),
                             ilacs("news-c", None)]}
    canon = resolve_events(ms, {})
    assert canon["news-a"] == "i2023" and canon["news-b"] == "i2018"
    assert canon["news-c"] == "news-c"  # says nothing that picks one of two events


def test_undated_visit_with_other_inspectors_stays_its_own_event():
    ms = {m.iri: m for m in [visit("v1", "2025-03-25", ["p/a", "p/b"]), visit("v2", None, ["p/a", "p/c"]),
                             visit("v3", None, ["p/b"])]}
    canon = resolve_events(ms, {})
    assert canon["v2"] == "v2"  # shares one inspector, but names another: a different visit
    assert canon["v3"] == "v1"  # names fewer inspectors, none different


def test_undated_overall_grade_skips_an_event_whose_full_table_has_none():
    def ilacs(iri, start, grades, written_by=None):
        m = visit(iri, start, type_="ilacs")
        for area, grade in grades.items():
            m.judgements[area].add((grade, "d"))
        m.written_by = written_by
        return m
    areas = ("help_and_protection", "children_in_care", "care_leavers", "leadership")
    ms = {m.iri: m for m in [
        ilacs("i2023", "2023-03-13", {"overall": "inadequate"}),
        ilacs("i2026", "2026-05-11", dict.fromkeys(areas, "good")),  # the 2026 framework: no overall grade
        ilacs("news", None, {"overall": "inadequate"})]}
    assert resolve_events(ms, {})["news"] == "i2023"
    ms["i2026"].judgements.pop("leadership")  # two areas known: the table may be incomplete,
    ms["i2026"].judgements.pop("care_leavers")  # so both events could be the one the article means ...
    assert resolve_events(ms, {})["news"] == "news"
    ms["news"].written_by = "2024-06-01"  # ... unless the article was written before 2026
    assert resolve_events(ms, {})["news"] == "i2023"


def test_people_are_compared_as_every_pair_would_be():
    # resolve_people compares only mentions that share a first name; the groups, canonical names
    # and reasons are those of comparing every pair
    import random
    from collections import defaultdict

    from ikg.resolve import _UnionFind

    def every_pair(people):
        uf, reasons = _UnionFind(sorted(people)), {}
        items = sorted(people.values(), key=lambda m: m.iri)
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                why = same_person(a, b)
                if why:
                    uf.union(a.iri, b.iri)
                    reasons[(a.iri, b.iri)] = why
        canonical, why_by_group = {}, {}
        for members in uf.groups().values():
            best = sorted(members, key=lambda p: (-len(people[p].docs), -len(people[p].name), p))[0]
            canonical.update({p: best for p in members})
            why_by_group[best] = sorted({w for (x, y), w in reasons.items() if x in members})
        return canonical, why_by_group

    names = ["Jo Turnbull", "jo turnbull", "Jo Turnross", "JO TURNBULL", "Jo A Turnbull", "Joanne Turnbull",
             "Turnbull", "turnbull", "Ravi Patel", "Ravi Patil", "Ravi  Patel", " Ravi Patel", "", "Ä Ö", "ä ö"]
    orgs = ["org/kestrelford", "org/ofsted", "org/rutland"]
    titles = ["director of children's services", "inspector", "cabinet member", "social worker"]
    rng = random.Random(7)
    for _ in range(40):
        people = {}
        for n in range(rng.randint(2, 25)):
            iri = f"p/{n:02d}"
            people[iri] = PersonMention(iri, rng.choice(names), {f"d{rng.randint(0, 3)}"},
                                        set(rng.sample(orgs, rng.randint(0, 2))),
                                        set(rng.sample(titles, rng.randint(0, 2))))
        assert resolve_people(people) == every_pair(people)


def test_an_undated_last_inspection_joins_the_latest_event_before_its_letter():
    def ilacs(iri, start, written_by=None):
        m = visit(iri, start, type_="ilacs")
        m.written_by = written_by
        return m
    ms = {m.iri: m for m in [ilacs("i2014", "2014-05"), ilacs("i2018", "2018-05-14"), ilacs("i2023", "2023-03-13"),
                             ilacs("letter-2021", None, "2021-08-02")]}
    assert resolve_events(ms, {})["letter-2021"] == "i2018"  # "since the last inspection", in 2021: not 2014's, not 2023's
