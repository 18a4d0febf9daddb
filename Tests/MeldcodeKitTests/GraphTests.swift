import DutchText
import Testing
@testable import MeldcodeKit

@Suite("Flowchart")
struct GraphTests {
    static let route = "basismodel"
    static let graph = FlowGraph(content: shipped, route: route)!
    /// The route and every dialogue it calls.
    static let drawn = ["basismodel", "noodroute", "kindcheck", "mantelzorgcheck", "afwegingskader"]

    @Test func theRouteAndWhatItCallsAreDrawnAsGroups() {
        #expect(Self.graph.groups.map(\.id) == Self.drawn)
    }

    @Test("every node appears", arguments: FlowGraph.Format.allCases)
    func everyNodeAppears(_ format: FlowGraph.Format) {
        let text = Self.graph.render(format)
        for id in Self.drawn.flatMap({ shipped.dialogues[$0]!.order }) {
            switch format {
            case .dot: #expect(text.contains("\n    \"\(id)\" [") || text.contains("\n        \"\(id)\" ["), "\(id) missing")
            case .mermaid: #expect(text.contains("\"\(id)<br/>") || text.contains("\"\(id)\""), "\(id) missing")
            }
        }
    }

    @Test func everyAnswerOfEveryQuestionIsAnEdgeWithItsLabel() {
        let dot = Self.graph.render(.dot)
        let words = ["yes": shipped.texts.ui("graph.ja"), "no": shipped.texts.ui("graph.nee"), "unsure": shipped.texts.ui("graph.twijfel")]
        var checked = 0
        for dialogue in Self.drawn.map({ shipped.dialogues[$0]! }) {
            for id in dialogue.order {
                guard let ask = dialogue.nodes[id]?.ask else { continue }
                var expected: [(target: String, label: String)] = []
                switch ask.expects {
                case .yesNo, .roles: expected = ask.on.map { ($0.value, words[$0.key.rawValue]!) }
                case .choice: expected = ask.options.map { ($0.target, $0.id) }
                case .text, .age: expected = [(ask.next!, shipped.texts.ui("graph.daarna"))]
                }
                for (target, label) in expected {
                    let edge = Self.graph.edges.first { $0.from == id && $0.to == target }
                    #expect(edge?.label?.components(separatedBy: " / ").contains(label) == true, "\(id) -> \(target): \(label)")
                    #expect(dot.contains("\"\(id)\" -> \"\(target)\" [label=\"\(edge?.label ?? "")\"];"))
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func aCallLeadsIntoItsDialogueAndBackFromEachEnd() {
        // stap4 calls the afwegingskader; its two ends return to stap5.besluit.
        let edges = Self.graph.edges
        #expect(edges.contains { $0.from == "stap4" && $0.to == "stap4.intro" })
        for end in ["afwegingskader.afgesloten", "afwegingskader.besluit"] {
            #expect(edges.contains { $0.from == end && $0.to == "stap5.besluit" && $0.label == shipped.texts.ui("graph.terug") })
        }
        #expect(!edges.contains { $0.from == "stap4" && $0.to == "stap5.besluit" })
    }

    @Test func branchesShowTheirConditions() {
        let edges = Self.graph.edges.filter { $0.from == "stap1.kindcheck_nodig" }
        #expect(edges.map(\.label) == [shipped.texts.ui("graph.als_leeftijd_onder", ["vraag": "leeftijd", "jaren": "12"]),
                                       shipped.texts.ui("graph.anders")])
    }

    @Test func dotIsWellFormed() {
        let text = Self.graph.render(.dot)
        #expect(text.hasPrefix("digraph "))
        #expect(text.hasSuffix("}\n"))
        #expect(balanced(text))
        #expect(text.components(separatedBy: "subgraph \"cluster_").count - 1 == Self.drawn.count - 1)
    }

    @Test func mermaidIsWellFormed() {
        let text = Self.graph.render(.mermaid)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart TD")
        #expect(lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("subgraph ") }.count == Self.drawn.count - 1)
        #expect(lines.filter { $0.trimmingCharacters(in: .whitespaces) == "end" }.count == Self.drawn.count - 1)
        for line in lines {
            #expect(balanced(line), "\(line)")
            // Ids are plain: no dots, which Mermaid would read as syntax.
            if line.contains("-->") {
                let ids = line.replacingOccurrences(of: #"\|"[^"]*"\|"#, with: " ", options: .regularExpression)
                    .components(separatedBy: "-->").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(ids.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }, "\(line)")
            }
        }
    }

    @Test("the same content gives the same text", arguments: FlowGraph.Format.allCases)
    func deterministic(_ format: FlowGraph.Format) throws {
        let again = try Content.load()
        #expect(FlowGraph(content: again, route: Self.route)!.render(format) == Self.graph.render(format))
        #expect(Self.graph.render(format) == Self.graph.render(format))
    }

    @Test func unknownRoutesAndSubDialoguesAreNoRoute() {
        #expect(FlowGraph(content: shipped, route: "onbekend") == nil)
        #expect(FlowGraph(content: shipped, route: "afwegingskader") == nil)
        #expect(FlowGraph(content: shipped, route: "kindcheck") != nil)
    }

    @Test func textsThatLookLikeSyntaxAreEscaped() throws {
        let path = "Localization/nl/questions/basismodel.yaml"
        let files = ContentFiles.embedded.replacing("  text: \"Hoe oud is diegene? Een schatting is goed.\"",
                                                    with: "  text: 'Hoe \"oud\" | <b> #1 & [x] {y} \\ `z`'", in: path)
        let content = try Content.load(files)
        let graph = try #require(FlowGraph(content: content, route: Self.route))
        let mermaid = graph.render(.mermaid)
        #expect(mermaid.contains("leeftijd[\"leeftijd<br/>Hoe #quot;oud#quot; #124; #lt;b#gt; #35;1 #38; [x] {y} \\ #96;z#96;\"]"))
        #expect(balanced(mermaid))
        let dot = graph.render(.dot)
        #expect(dot.contains("label=\"leeftijd\\nHoe \\\"oud\\\" | <b> #1 & [x] {y} \\\\ `z`\""))
        #expect(balanced(dot))
    }

    @Test func questionsAreShortenedAtAWord() {
        #expect(GraphWords.shorten("kort", to: 60) == "kort")
        let long = GraphWords.shorten("Heb je de signalen al besproken met de betrokkene of diens vertegenwoordiger?", to: 60)
        #expect(long == "Heb je de signalen al besproken met de betrokkene of diens…")
        #expect(long.count <= 61)
    }
}

/// Brackets and braces pair up outside quoted strings, and every quoted
/// string is closed (a backslash escapes the next character, as in DOT).
func balanced(_ text: String) -> Bool {
    var stack: [Character] = []
    var quoted = false
    var escaped = false
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    for character in text {
        if quoted {
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { quoted = false }
            continue
        }
        switch character {
        case "\"": quoted = true
        case "(", "[", "{": stack.append(character)
        case ")", "]", "}":
            guard stack.popLast() == pairs[character] else { return false }
        default: break
        }
    }
    return stack.isEmpty && !quoted
}
