import Foundation

/// What differs per organisation without changing its route: its name, the
/// aandachtsfunctionaris' contact, the regional Veilig Thuis number and the
/// default route. Read from a small YAML file (README: "Organisatie").
public struct OrganisationSettings: Sendable, Equatable {
    public var name: String?
    public var aandachtsfunctionaris: String?
    public var veiligThuisPhone = "0800-2000"
    public var route: String?
    /// Where the settings came from, for messages; nil for the defaults.
    public var file: String?

    public init() {}

    /// The settings file to use: given on the command line, else
    /// MELDCODE_SETTINGS, else organisatie.yaml in the data directory, else
    /// $XDG_CONFIG_HOME/meldcode/organisatie.yaml (~/.config/...). Nil when
    /// none exists: the defaults apply.
    public static func locate(explicit: String?, dataDirectory: String?, environment: [String: String],
                              home: String = NSHomeDirectory()) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["MELDCODE_SETTINGS"], !path.isEmpty { return path }
        var candidates: [String] = []
        if let dataDirectory { candidates.append(dataDirectory + "/organisatie.yaml") }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        candidates.append(config + "/meldcode/organisatie.yaml")
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Reads a settings file; problems name the file and line.
    public static func load(path: String) throws(ContentProblems) -> OrganisationSettings {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ContentProblems(problems: [ContentProblem(file: path, line: nil, key: "probleem.bestand_ontbreekt", values: [:])])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentProblems(problems: [ContentProblem(file: path, line: nil, key: "probleem.geen_utf8", values: [:])])
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(ContentProblems) -> OrganisationSettings {
        var reader = YAMLReader(file: file)
        var settings = OrganisationSettings()
        settings.file = file
        if let root = reader.parse(text) {
            for (key, node, keyNode) in reader.pairs(root, "organisatie") {
                let value = reader.string(node, key)?.trimmingCharacters(in: .whitespaces)
                switch key {
                case "naam": settings.name = value.flatMap { $0.isEmpty ? nil : $0 }
                case "aandachtsfunctionaris": settings.aandachtsfunctionaris = value.flatMap { $0.isEmpty ? nil : $0 }
                case "veilig_thuis_telefoon": if let value, !value.isEmpty { settings.veiligThuisPhone = value }
                case "route": settings.route = value.flatMap { $0.isEmpty ? nil : $0 }
                default: reader.problem("probleem.onbekend_veld", keyNode, ["veld": key])
                }
            }
        }
        if !reader.problems.isEmpty { throw ContentProblems(problems: reader.problems) }
        return settings
    }

    /// The values texts may use as {placeholders}.
    func placeholders(_ texts: Texts) -> [String: String] {
        [
            "vt_telefoon": veiligThuisPhone,
            "organisatie": name ?? "",
            "af_contact": aandachtsfunctionaris.map { texts.fill(texts.interface["organisatie.af_contact"] ?? " ({contact})", ["contact": $0]) } ?? "",
        ]
    }
}
