import io

import networkx as nx

from personae.export.graph import people_network, to_gexf, to_graphml


def test_network_counts_conversations_and_cooccurrences(story):
    net = people_network(story)
    assert [n["id"] for n in net["nodes"]] == ["E1", "E2"]          # the porter has no name: not a character
    assert net["talks"] == [{"source": "E1", "target": "E2", "weight": 1}, {"source": "E2", "target": "E1", "weight": 2}]
    assert net["cooccurs"] == [{"source": "E1", "target": "E2", "weight": 4}]


def test_gexf_opens_in_networkx_with_weights_and_labels(story):
    xml = to_gexf(story)
    assert 'version="1.3"' in xml and 'xmlns="http://gexf.net/1.3"' in xml
    graph = nx.read_gexf(io.BytesIO(xml.encode("utf-8")))
    assert graph.is_directed()
    assert graph.nodes["E2"]["label"] == "Nikolai Petrov" and graph.nodes["E2"]["mentions"] == 4
    assert graph.edges["E2", "E1"]["weight"] == 2.0


def test_graphml_opens_in_networkx(story):
    graph = nx.read_graphml(io.BytesIO(to_graphml(story).encode("utf-8")))
    assert graph.nodes["E1"]["name"] == "Anna Petrova" and graph.nodes["E1"]["quotes"] == 1
    assert graph.edges["E1", "E2"]["weight"] == 1.0
