import DutchText

/// Names that point at nothing: questions in branch conditions and decisions,
/// lexicon categories, outcomes of checks, steps. The loader already checks
/// the targets of `next`, `on`, `options`, `cases`, `else`, `start`, calls and
/// `emergency`.
extension ContentCheck {
    func references() -> [ContentProblem] {
        var found: [ContentProblem] = []
        for dialogue in dialogues {
            let steps = Set(dialogue.steps)
            for step in dialogue.optionalSteps.sorted() where !steps.contains(step) {
                found.append(problem("probleem.onbekende_stap", dialogue, nil, ["stap": step, "id": dialogue.id]))
            }
            for node in nodes(of: dialogue) {
                if let step = node.step, !steps.contains(step) {
                    found.append(problem("probleem.onbekende_stap", dialogue, node, ["stap": step, "id": node.id]))
                }
                switch node.kind {
                case .branch(let cases, _):
                    for branch in cases {
                        found += condition(branch.condition, dialogue, node)
                    }
                case .decide(let rule, _):
                    if let basis = rule.basis, question(basis) == nil {
                        found.append(problem("probleem.onbekende_vraag", dialogue, node, ["id": node.id, "vraag": basis]))
                    }
                default:
                    break
                }
            }
        }
        return found
    }

    private func condition(_ condition: Condition, _ dialogue: Dialogue, _ node: DialogueNode) -> [ContentProblem] {
        func unknown(_ id: String) -> [ContentProblem] {
            [problem("probleem.onbekende_vraag", dialogue, node, ["id": node.id, "vraag": id])]
        }
        switch condition {
        case .answer(let id, let value):
            guard let ask = question(id) else { return unknown(id) }
            let allowed: [String] = switch ask.expects {
            case .yesNo, .roles: [Polarity.yes, .no, .unsure].map(\.rawValue)
            case .choice: ask.options.map(\.id)
            case .text, .age: []
            }
            if allowed.isEmpty {
                return [problem("probleem.verkeerd_vraagtype", dialogue, node,
                                ["id": node.id, "voorwaarde": "answer", "vraag": id, "type": ask.expects.rawValue,
                                 "toegestaan": "yes_no, roles, choice"])]
            }
            guard allowed.contains(value) else {
                return [problem("probleem.onbekend_antwoord", dialogue, node,
                                ["id": node.id, "vraag": id, "waarde": value, "toegestaan": allowed.joined(separator: ", ")])]
            }
            return []
        case .matches(let id, let category, let unless):
            var found = question(id) == nil ? unknown(id) : []
            for name in [category] + (unless.map { [$0] } ?? []) where content.lexicon.categories[name] == nil {
                found.append(problem("probleem.onbekende_categorie", dialogue, node,
                                     ["id": node.id, "categorie": name, "bestand": "Localization/\(content.language)/lexicon.yaml"]))
            }
            return found
        case .ageAtLeast(let id, _), .ageBelow(let id, _):
            guard let ask = question(id) else { return unknown(id) }
            guard ask.expects == .age else {
                let name = if case .ageAtLeast = condition { "age_at_least" } else { "age_below" }
                return [problem("probleem.verkeerd_vraagtype", dialogue, node,
                                ["id": node.id, "voorwaarde": name, "vraag": id, "type": ask.expects.rawValue, "toegestaan": "age"])]
            }
            return []
        case .outcome(let check, let value):
            guard let checked = content.dialogues[check] else {
                return [problem("probleem.onbekende_dialoog", dialogue, node, ["id": check])]
            }
            let outcomes = nodes(of: checked).compactMap { node -> String? in
                if case .end(let outcome?) = node.kind { outcome } else { nil }
            }
            guard outcomes.contains(value) else {
                return [problem("probleem.onbekende_uitkomst", dialogue, node,
                                ["id": node.id, "dialoog": check, "waarde": value, "toegestaan": outcomes.joined(separator: ", ")])]
            }
            return []
        case .decision:
            return []
        }
    }
}
