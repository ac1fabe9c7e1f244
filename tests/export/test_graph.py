import io

import networkx as nx

from personae.export.graph import people_network, relation_edges, to_gexf, to_graphml
from personae.model import Alias, Entity, Evidence, Mention, Relation


def test_network_counts_conversations_and_cooccurrences(story):
    net = people_network(story)
    assert [n["id"] for n in net["nodes"]] == ["E1", "E2"]          # the porter has no name: not a character
    assert net["talks"] == [{"source": "E1", "target": "E2", "weight": 1}, {"source": "E2", "target": "E1", "weight": 2}]
    assert net["cooccurs"] == [{"source": "E1", "target": "E2", "weight": 4}]
    assert "relations" not in net                                 # the viewer's network: as before


def edges(graph, kind):
    return {(u, v, d["label"]): d for u, v, d in graph.edges(data=True) if d["kind"] == kind}


def test_gexf_opens_in_networkx_with_weights_and_labels(story):
    xml = to_gexf(story)
    assert 'version="1.3"' in xml and 'xmlns="http://gexf.net/1.3"' in xml
    graph = nx.read_gexf(io.BytesIO(xml.encode("utf-8")))
    assert graph.is_directed()
    assert graph.nodes["E2"]["label"] == "Nikolai Petrov" and graph.nodes["E2"]["mentions"] == 4
    talks = edges(graph, "talks")
    assert talks[("E2", "E1", "talks to")]["weight"] == 2.0 and talks[("E1", "E2", "talks to")]["weight"] == 1.0


def add_family(story):
    """The porter (no name) married to Anna, Nikolai arrested by the NKVD, Nikolai's death, Anna in Leningrad."""
    nkvd = Entity("E6", "ORG", "the NKVD", [Alias("the NKVD", 1)], mentions=[Mention(0, 5, "Chapt", "PROP")])
    story.entities.append(nkvd)
    evidence = Evidence(0, 7)
    story.relations += [Relation("E5", "spouse_of", "E1", evidence, 0.6000000000000001),
                        Relation("E2", "arrested", "E6", evidence, 0.7),
                        Relation("E2", "died", "E2", evidence, 0.42),
                        Relation("E1", "died", "E3", evidence, 0.5)]
    return story


def test_relations_are_edges_with_predicate_category_and_confidence(story):
    edges_ = relation_edges(add_family(story))
    assert [(e["source"], e["predicate"], e["target"], e["category"], e["confidence"], e["mutual"]) for e in edges_] == [
        ("E1", "sibling_of", "E2", "kinship", 0.8, True), ("E5", "spouse_of", "E1", "kinship", 0.6, True),
        ("E6", "arrested", "E2", "biographical", 0.7, False)]       # the NKVD arrested Nikolai; no self-loop, no place
    net = people_network(story, relations=True)
    assert [(n["id"], n["type"]) for n in net["nodes"]] == [("E1", "PER"), ("E2", "PER"), ("E5", "PER"), ("E6", "ORG")]


def test_regression_gexf_shows_the_family_not_only_who_talks(story):
    # regression: a family history with one conversation gave a network of one edge
    graph = nx.read_gexf(io.BytesIO(to_gexf(add_family(story)).encode("utf-8")))
    relations = edges(graph, "relation")
    sibling = relations[("E1", "E2", "sibling_of")]
    assert (sibling["predicate"], sibling["category"], sibling["confidence"]) == ("sibling_of", "kinship", 0.8)
    assert sibling["evidence"] == "her brother Nikolai Petrov"
    assert ("E2", "E1", "sibling_of") in relations                    # mutual: both ways
    assert ("E6", "E2", "arrested") in relations and ("E2", "E6", "arrested") not in relations
    assert graph.nodes["E6"]["label"] == "the NKVD" and graph.nodes["E6"]["type"] == "ORG"
    assert len(edges(graph, "talks")) == 2


def test_graphml_opens_in_networkx(story):
    graph = nx.read_graphml(io.BytesIO(to_graphml(add_family(story)).encode("utf-8")))
    assert graph.nodes["E1"]["name"] == "Anna Petrova" and graph.nodes["E1"]["quotes"] == 1
    kinds = {(u, v, d["predicate"]): d for u, v, d in graph.edges(data=True)}
    assert kinds[("E1", "E2", "talks_to")]["weight"] == 1.0 and kinds[("E1", "E2", "talks_to")]["kind"] == "talks"
    spouse = kinds[("E5", "E1", "spouse_of")]
    assert (spouse["kind"], spouse["category"], spouse["confidence"], spouse["mutual"]) == (
        "relation", "kinship", 0.6, True)
    assert kinds[("E6", "E2", "arrested")]["mutual"] is False
    assert graph.nodes["E6"]["type"] == "ORG"
