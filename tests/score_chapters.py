"""Score the test chapters against their keys, for the README's figures (not a test: run it).

    .venv/bin/python tests/score_chapters.py OUT NAME...   (NAME: a fixture, e.g. memoir_vaitkus)

Writes OUT.json (per chapter: each key quotation's outcome, each key date's value, kinship pairs and those
missed, people split into several entities, entities holding several key people, garbles) and prints one line
per chapter and the totals. Speakers are counted as `speakers_right` counts them; a date is right when
its value is the key's, or the key's day with a part of day ("1950-08-19TMO" for "1950-08-19"); a
kinship pair is right in either direction ("a parent_of b" is "b child_of a"); a split is a key person
with more than one entity of several mentions; a merge an entity whose aliases name two key people.
"""
import json
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translated_chapters_end_to_end import (  # noqa: E402
    FIXTURES, NARRATOR, chapter_file, find_phrase, key_forms, normal, who_is_who)

KIN = {"parent_of", "child_of", "sibling_of", "spouse_of", "in_law_of", "relative_of"}
CONVERSE = {"parent_of": "child_of", "child_of": "parent_of"}


def right_value(got: str | None, want: str) -> bool:
    return bool(got) and (got == want or "T" not in want and got.startswith(want + "T"))


def score(name: str) -> tuple[str, dict]:
    from personae import analyze
    doc = analyze(chapter_file(name))
    key = json.loads((FIXTURES / f"{name}_key.json").read_text("utf-8"))
    mapping, text = who_is_who(doc, key), doc.text
    quotes, pos = [], 0
    for gold in key["quotes"]:
        at = find_phrase(text, gold["starts_with"], pos)
        pos = at + 1
        quote = next((q for q in doc.quotes if q.start <= at < q.end), None)
        got = mapping.get(quote.speaker) if quote else None
        quotes.append({"n": gold["n"], "speaker": gold["speaker"], "got": got, "found": quote is not None,
                       "right": quote is not None and got == gold["speaker"]})
    dates, pos = [], 0
    for gold in key.get("dates", []):
        at = find_phrase(text, gold["text"], pos)
        found = None
        if at >= 0:
            pos = at + 1
            found = next((t for t in doc.times if t.start <= at < t.end or at <= t.start < at + len(gold["text"])), None)
        value = found.value if found else None
        dates.append({"text": gold["text"], "value": gold["value"], "got": value,
                      "right": right_value(value, gold["value"])})
    got_kin = {(mapping[r.subject], r.predicate, mapping[r.object]) for r in doc.relations
               if r.predicate in KIN and r.subject in mapping and r.object in mapping
               and mapping[r.subject] != mapping[r.object]}
    gold_kin = set()
    for r in key.get("kinship", []):
        gold_kin |= {(r["a"], r["relation"], r["b"]), (r["b"], CONVERSE.get(r["relation"], r["relation"]), r["a"])}
    either_way = got_kin | {(b, CONVERSE.get(p, p), a) for a, p, b in got_kin}
    kin_right = sum((r["a"], r["relation"], r["b"]) in either_way for r in key.get("kinship", []))
    entities_of: dict[str, list[str]] = {}
    for e in doc.entities:
        if e.type == "PER" and e.id in mapping and len(e.mentions) > 1:
            entities_of.setdefault(mapping[e.id], []).append(e.name)
    owners = key_forms(key)
    merges = []
    for e in doc.entities:
        named = {NARRATOR} if e.is_narrator else set()
        for alias in e.aliases:
            found = owners.get(normal(alias.text), set())
            if len(found) == 1:     # a form two key people share names neither
                named |= found
        if len(named) > 1:
            merges.append([e.name, sorted(named)])
    garbles = []
    for garble in key.get("garbled", []):
        holders = [e for e in doc.entities if any(a.variant and garble["form"] in a.text for a in e.aliases)]
        garbles.append(len(holders) == 1 and mapping.get(holders[0].id) == garble["person"]
                       and any(f.kind == "name_variant" and holders[0].id in f.entities for f in doc.findings))
    return name, {"quotes": quotes, "dates": dates, "kinship_right": kin_right, "kinship": len(key.get("kinship", [])),
                  "kinship_not_in_key": sorted(list(k) for k in got_kin - gold_kin),
                  "kinship_missed": [[r["a"], r["relation"], r["b"]] for r in key.get("kinship", [])
                                     if (r["a"], r["relation"], r["b"]) not in either_way],
                  "splits": {p: v for p, v in entities_of.items() if len(v) > 1}, "merges": merges,
                  "garbles": garbles}


def main(out: str, names: list[str]) -> None:
    with Pool(2) as pool:
        results = dict(pool.map(score, names))
    Path(out + ".json").write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    totals = [0] * 8
    for name, r in results.items():
        row = [sum(q["right"] for q in r["quotes"]), len(r["quotes"]), sum(d["right"] for d in r["dates"]),
               len(r["dates"]), r["kinship_right"], sum(len(v) - 1 for v in r["splits"].values()), len(r["merges"]),
               sum(r["garbles"])]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{name:26s} speakers {row[0]}/{row[1]} dates {row[2]}/{row[3]} kinship {row[4]}/{r['kinship']} "
              f"splits {row[5]} merges {row[6]} garbles {row[7]}/{len(r['garbles'])}")
    print("total: speakers {}/{} dates {}/{} kinship {} splits {} merges {} garbles {}".format(*totals))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
