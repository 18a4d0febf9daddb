import Yams

/// A translation in Localization/<taal>/ next to nl. Anything it lacks would
/// silently show in Dutch (texts) or leave answers unread (matcher words),
/// so every key the Dutch texts have must be there too.
extension ContentCheck {
    func languages() -> [ContentProblem] {
        let others = Set(files.paths(under: "Localization").compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count > 2 ? String(parts[1]) : nil
        }).subtracting([content.language])
        return others.sorted().flatMap(language)
    }

    private func language(_ language: String) -> [ContentProblem] {
        let base = content.texts
        let (texts, problems) = TextsLoader.loadOnly(files, language: language)
        // As for Dutch: a file that does not read would show as all its keys missing.
        if problems.contains(where: { Validator.unreadable.contains($0.key) }) { return problems }
        var found = problems
        func missing(_ key: String, file: String, line: Int?, base place: String) {
            found.append(ContentProblem(file: file, line: line, key: "probleem.taal_ontbreekt",
                                        values: ["sleutel": key, "taal": language, "plaats": place]))
        }
        for key in base.interface.keys.sorted() where texts.interface[key] == nil {
            let file = base.interfaceFiles[key] ?? "Localization/\(content.language)/interface.yaml"
            missing(key, file: translated(file, language), line: nil, base: place(file, base.interfaceLines[key]))
        }
        for id in base.nodes.keys.sorted() where content.node(id) != nil {
            let nl = base.nodes[id]!
            let entry = texts.nodes[id]
            let present = entry.map(Self.fields) ?? [:]
            let file = entry?.file ?? translated(nl.file ?? "Localization/\(content.language)/questions", language)
            for field in Self.fields(nl).keys.sorted() where present[field] == nil {
                missing("\(id).\(field)", file: file, line: entry?.line, base: place(nl.file ?? "", nl.line))
            }
        }
        found += options(in: texts, language: language, reportMissing: false)
        found += lexicon(language)
        return found
    }

    /// The matcher's words: the same sections and categories as in Dutch.
    private func lexicon(_ language: String) -> [ContentProblem] {
        let nlFile = "Localization/\(content.language)/lexicon.yaml"
        let file = "Localization/\(language)/lexicon.yaml"
        guard files.files[file] != nil else {
            return [ContentProblem(file: file, line: nil, key: "probleem.bestand_ontbreekt", values: [:])]
        }
        var (_, found) = LexiconLoader.load(files, language: language)
        let present = Set(lexiconKeys(file).map(\.key))
        for (key, nlLine) in lexiconKeys(nlFile) where !present.contains(key) {
            found.append(ContentProblem(file: file, line: nil, key: "probleem.taal_ontbreekt",
                                        values: ["sleutel": key, "taal": language, "plaats": place(nlFile, nlLine)]))
        }
        return found
    }

    /// Top-level keys of a lexicon, and `categories.<name>` for the
    /// categories that branch conditions use.
    private func lexiconKeys(_ path: String) -> [(key: String, line: Int?)] {
        guard let text = files.files[path], let root = try? Yams.compose(yaml: text),
              case .mapping(let mapping) = root else { return [] }
        var keys: [(String, Int?)] = []
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            keys.append((name, key.mark?.line))
            if name == "categories", case .mapping(let categories) = value {
                for (category, _) in categories {
                    if let c = category.string { keys.append(("categories.\(c)", category.mark?.line)) }
                }
            }
        }
        return keys
    }

    /// The same file in another language folder.
    private func translated(_ file: String, _ language: String) -> String {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 2, parts[0] == "Localization" else { return file }
        return (["Localization", language] + parts.dropFirst(2).map(String.init)).joined(separator: "/")
    }

    private func place(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
