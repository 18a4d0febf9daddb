/// The flowchart as Graphviz DOT (`dot -Tpng`), for a printable picture.
extension FlowGraph {
    func dot() -> String {
        var out = [
            "digraph \(Self.dotQuote(groups.first?.id ?? title)) {",
            "    graph [label=\(Self.dotQuote(title)), labelloc=t, fontname=\"Helvetica\", rankdir=TB];",
            "    node [fontname=\"Helvetica\", fontsize=10];",
            "    edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for (index, group) in groups.enumerated() {
            // The route's own nodes stand free; each called dialogue is a cluster.
            let indent = index == 0 ? "    " : "        "
            if index > 0 {
                out.append("    subgraph \(Self.dotQuote("cluster_" + group.id)) {")
                out.append("        label=\(Self.dotQuote(group.title)); style=rounded; color=gray50;")
            }
            for box in group.boxes {
                let label = box.lines.map(Self.dotEscape).joined(separator: "\\n")
                out.append("\(indent)\(Self.dotQuote(box.id)) [\(Self.dotShape(box.kind)), label=\"\(label)\"];")
            }
            if index > 0 { out.append("    }") }
        }
        for edge in edges {
            let label = edge.label.map { " [label=\(Self.dotQuote($0))]" } ?? ""
            out.append("    \(Self.dotQuote(edge.from)) -> \(Self.dotQuote(edge.to))\(label);")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    static func dotShape(_ kind: String) -> String {
        switch kind {
        case "ask": "shape=box"
        case "say": "shape=box, style=rounded"
        case "branch": "shape=diamond"
        case "decide": "shape=hexagon"
        case "call": "shape=box, peripheries=2"
        default: "shape=oval"
        }
    }

    static func dotQuote(_ text: String) -> String {
        "\"" + dotEscape(text) + "\""
    }

    /// Inside a DOT string a backslash starts an escape and a quote ends it.
    static func dotEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
