import Foundation

/// The words of a flowchart, from the interface texts (graph.*) and the
/// nodes' own texts, shortened so the boxes stay readable.
struct GraphWords: Sendable {
    let texts: Texts

    /// About a line of a box: long enough to recognise a question.
    static let questionLength = 60
    /// Statements only need a hint of what is said.
    static let statementLength = 40

    var then: String { texts.ui("graph.daarna") }
    var otherwise: String { texts.ui("graph.anders") }
    var back: String { texts.ui("graph.terug") }

    /// "yes" -> "ja", "no" -> "nee", "unsure" -> "twijfel".
    func answer(_ value: String) -> String {
        switch value {
        case "yes": texts.ui("graph.ja")
        case "no": texts.ui("graph.nee")
        case "unsure": texts.ui("graph.twijfel")
        default: value
        }
    }

    func dialogue(_ id: String) -> String {
        texts.has("dialoog.\(id)") ? texts.ui("dialoog.\(id)") : id
    }

    func box(_ node: DialogueNode) -> FlowGraph.Box {
        let text = texts.node(node.id)
        var lines = [node.id]
        switch node.kind {
        case .ask:
            lines += text.text.map { [Self.shorten($0, to: Self.questionLength)] } ?? []
        case .say:
            lines += text.text.map { [Self.shorten($0, to: Self.statementLength)] } ?? []
        case .decide(let rule, _):
            var parts: [String] = []
            if let melden = rule.melden { parts.append(texts.ui("graph.melden", ["waarde": yesNo(melden)])) }
            if let hulp = rule.hulp { parts.append(texts.ui("graph.hulp", ["waarde": yesNo(hulp)])) }
            if !parts.isEmpty { lines.append(parts.joined(separator: " · ")) }
            if let basis = rule.basis {
                let name = texts.has("basis.\(basis)") ? texts.ui("basis.\(basis)") : basis
                lines.append(texts.ui("graph.basis", ["basis": name]))
            }
        case .call(let callee, _):
            lines.append(texts.ui("graph.roept_aan", ["dialoog": dialogue(callee)]))
        case .end(let outcome):
            let word = outcome.map { texts.ui("graph.uitkomst", ["uitkomst": $0]) } ?? texts.ui("graph.einde")
            if word != node.id { lines.append(word) }
        case .branch:
            break
        }
        return FlowGraph.Box(id: node.id, kind: node.kind.name, lines: lines)
    }

    func condition(_ condition: Condition) -> String {
        switch condition {
        case .answer(let question, let value):
            texts.ui("graph.als_antwoord", ["vraag": question, "waarde": answer(value)])
        case .matches(let question, let category, let unless?):
            texts.ui("graph.als_woorden_tenzij", ["vraag": question, "categorie": category, "tenzij": unless])
        case .matches(let question, let category, nil):
            texts.ui("graph.als_woorden", ["vraag": question, "categorie": category])
        case .ageAtLeast(let question, let years):
            texts.ui("graph.als_leeftijd_vanaf", ["vraag": question, "jaren": String(years)])
        case .ageBelow(let question, let years):
            texts.ui("graph.als_leeftijd_onder", ["vraag": question, "jaren": String(years)])
        case .decision(let test):
            texts.ui("graph.als_besluit.\(test.rawValue)")
        case .outcome(let check, let value):
            texts.ui("graph.als_uitkomst", ["dialoog": dialogue(check), "waarde": value])
        }
    }

    private func yesNo(_ value: Bool) -> String {
        texts.ui(value ? "graph.ja" : "graph.nee")
    }

    /// The text on one line, cut at a word before `limit` characters.
    static func shorten(_ text: String, to limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:.-—(")) + "…"
    }
}
