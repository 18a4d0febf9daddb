/// The flowchart as Mermaid (`flowchart TD`), which GitHub and most Markdown
/// viewers draw without anything installed.
extension FlowGraph {
    func mermaid() -> String {
        var names = MermaidNames()
        var out = ["flowchart TD", "%% \(title.replacingOccurrences(of: "\n", with: " "))"]
        for (index, group) in groups.enumerated() {
            // The route's own nodes stand free; each called dialogue is a group.
            let indent = index == 0 ? "    " : "        "
            if index > 0 {
                out.append("    subgraph \(names.name(for: "group " + group.id, base: "sub_" + group.id))[\"\(Self.mermaidEscape(group.title))\"]")
            }
            for box in group.boxes {
                let label = box.lines.map(Self.mermaidEscape).joined(separator: "<br/>")
                let (open, close) = Self.mermaidShape(box.kind)
                out.append("\(indent)\(names.name(for: box.id))\(open)\"\(label)\"\(close)")
            }
            if index > 0 { out.append("    end") }
        }
        for edge in edges {
            let arrow = edge.label.map { "-->|\"\(Self.mermaidEscape($0))\"|" } ?? "-->"
            out.append("    \(names.name(for: edge.from)) \(arrow) \(names.name(for: edge.to))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func mermaidShape(_ kind: String) -> (String, String) {
        switch kind {
        case "ask": ("[", "]")
        case "say": ("(", ")")
        case "branch": ("{", "}")
        case "decide": ("{{", "}}")
        case "call": ("[[", "]]")
        default: ("([", "])")
        }
    }

    /// Text safe inside a quoted Mermaid label: characters that Mermaid or
    /// the HTML it draws with would read as syntax become entity codes.
    static func mermaidEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#38;"
            case "|": out += "#124;"
            case "`": out += "#96;"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

/// Node ids Mermaid accepts: letters, digits and underscores, never one of
/// its keywords, each node id mapped to one name and no two to the same.
struct MermaidNames {
    private var names: [String: String] = [:]
    private var taken: Set<String> = []
    private static let keywords: Set<String> = ["end", "subgraph", "graph", "flowchart", "direction", "click", "style",
                                                "class", "classDef", "linkStyle", "default", "call", "href"]

    mutating func name(for key: String, base: String? = nil) -> String {
        if let name = names[key] { return name }
        var safe = String((base ?? key).map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII || $0 == "_" ? $0 : "_" })
        if safe.isEmpty || safe.first!.isNumber || Self.keywords.contains(safe) { safe = "n_" + safe }
        var name = safe
        var count = 1
        while taken.contains(name) {
            count += 1
            name = "\(safe)_\(count)"
        }
        taken.insert(name)
        names[key] = name
        return name
    }
}
