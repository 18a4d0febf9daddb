/// Texts the program needs: per node (what is asked or said, why, the dossier
/// label, the readings to confirm, an outcome's dossier line) and interface
/// sentences named after content (steps, dialogues, decision grounds, roles).
/// A missing text would show as its bare key in the conversation.
extension ContentCheck {
    func texts() -> [ContentProblem] {
        nodeTexts() + interfaceTexts() + textsWithoutNode()
    }

    /// The fields each node needs, by kind.
    static func requiredFields(_ node: DialogueNode) -> [String] {
        switch node.kind {
        case .ask(let ask): ["text", "why", "label"] + (ask.expects == .yesNo ? ["confirm_yes", "confirm_no"] : [])
        case .say: ["text"]
        case .end(let outcome?): outcome.isEmpty ? [] : ["note"]
        default: []
        }
    }

    private func nodeTexts() -> [ContentProblem] {
        var found: [ContentProblem] = []
        for dialogue in dialogues {
            for node in nodes(of: dialogue) {
                let entry = content.texts.nodes[node.id]
                let present = entry.map(Self.fields) ?? [:]
                for field in Self.requiredFields(node) where present[field] == nil {
                    found.append(ContentProblem(file: entry?.file ?? questionsFile(of: dialogue, language: content.language),
                                                line: entry?.line, key: "probleem.tekst_ontbreekt",
                                                values: ["id": node.id, "veld": field]))
                }
            }
        }
        return found
    }

    /// Interface keys the content asks for, each with the id that needs it.
    func contentKeys() -> [(key: String, by: String)] {
        var keys: [(String, String)] = []
        for dialogue in dialogues {
            keys.append(("dialoog.\(dialogue.id)", dialogue.id))
            if dialogue.kind == .route {
                // Shown when the chat asks which route to follow.
                keys.append(("route.\(dialogue.id).omschrijving", dialogue.id))
            }
            for step in dialogue.steps {
                keys.append(("stap.\(step)", dialogue.id))
                keys.append(("stap_kort.\(step)", dialogue.id))
            }
            for node in nodes(of: dialogue) {
                if case .decide(let rule, _) = node.kind, let basis = rule.basis {
                    keys.append(("basis.\(basis)", node.id))
                }
            }
        }
        for role in content.lexicon.roles.keys.sorted() {
            keys.append(("rol.\(role)", role))
        }
        return keys
    }

    /// Families of interface keys that follow the content rather than the
    /// program: an organisation that drops a step may drop its texts.
    static let contentFamilies = ["dialoog.", "stap.", "stap_kort.", "basis.", "rol."]

    static func followsContent(_ key: String) -> Bool {
        contentFamilies.contains { key.hasPrefix($0) } || (key.hasPrefix("route.") && key.hasSuffix(".omschrijving"))
    }

    private func interfaceTexts() -> [ContentProblem] {
        let file = "Localization/\(content.language)/interface.yaml"
        var found: [ContentProblem] = []
        var seen: Set<String> = []
        for (key, by) in contentKeys() where !content.texts.has(key) && seen.insert(key).inserted {
            found.append(ContentProblem(file: file, line: nil, key: "probleem.interfacetekst_ontbreekt", values: ["sleutel": key, "id": by]))
        }
        // The sentences the program itself uses, as the built-in copy has them.
        let builtIn = Texts.load(.embedded)
        for key in builtIn.interface.keys.sorted() where !content.texts.has(key) {
            guard !Self.followsContent(key) else { continue }
            let name = builtIn.interfaceFiles[key].flatMap { $0.split(separator: "/").last.map(String.init) } ?? "interface.yaml"
            found.append(ContentProblem(file: "Localization/\(content.language)/\(name)", line: nil,
                                        key: "probleem.interfacetekst_ontbreekt", values: ["sleutel": key, "id": "meldcode"]))
        }
        return found
    }

    private func textsWithoutNode() -> [ContentProblem] {
        content.texts.nodes.compactMap { id, entry in
            content.node(id) == nil
                ? ContentProblem(file: entry.file ?? "Localization/\(content.language)/questions", line: entry.line,
                                 key: "probleem.tekst_zonder_knoop", values: ["id": id])
                : nil
        }
    }

    /// The fields a node's texts fill in, by their name in the YAML, with a
    /// value to compare languages by; empty ones count as missing.
    static func fields(_ text: NodeText) -> [String: String] {
        var fields: [String: String] = [:]
        let scalars: [(String, String?)] = [("text", text.text), ("why", text.why), ("label", text.label),
                                            ("confirm_yes", text.confirmYes), ("confirm_no", text.confirmNo),
                                            ("note", text.note), ("prefilled", text.prefilled), ("open", text.open)]
        for (name, value) in scalars {
            if let value, !value.isEmpty { fields[name] = value }
        }
        let lists: [(String, [String])] = [("echo", text.echo), ("yes", text.yes), ("no", text.no), ("unsure", text.unsure),
                                             ("yes_alone", text.yesAlone), ("no_alone", text.noAlone), ("reflection", text.reflection)]
        for (name, value) in lists where !value.isEmpty {
            fields[name] = value.joined(separator: "\n")
        }
        for option in text.options {
            fields["options.\(option.id).text"] = option.text
            if !option.words.isEmpty { fields["options.\(option.id).words"] = option.words.joined(separator: "\n") }
        }
        return fields
    }
}
