/// The forms a given name takes in a note, each with what replaces it.
extension NameMatcher {
    struct Form {
        var keys: [String]
        /// What replaces it.
        var replacement: String
        var possessive: String
        /// Words of a surname ("Bakker", "de Boer", "Kok") and first names
        /// that are common words ("Ben") are only names with a capital or
        /// after a title.
        var needsCapital: Bool
        /// A surname alone, which stands for the whole family.
        var isSurname: Bool
        /// The role's words, which the text may already put before the name
        /// ("moeder Fatima").
        var roleKeys: [String]
        /// The first name's initial, which may stand before the surname.
        var initial: Character?
        /// The role, which replaces the surname when the initial stands before it.
        var role: String
    }

    /// "Sanne de Vries": the full name, "Sanne", "de Vries", "Vries".
    /// Without a particle the last word is the surname ("Jan Willem
    /// Bakker"); a name that starts with one was given as a surname ("De
    /// Vries") and then names this one person, so it gets the role.
    static func forms(of name: KnownName, words: CompiledWords) -> [Form] {
        let keys = Pieces.split(name.name).filter(\.isWord).map(\.key)
        guard !keys.isEmpty else { return [] }
        let role = name.role
        let possessive = name.possessive ?? words.possessive.replacingOccurrences(of: "{rol}", with: role)
        let roleKeys = Pieces.split(role).filter(\.isWord).map(\.key)
        func form(_ keys: some Collection<String>, surname: Bool, givenAsSurname: Bool = false,
                  initial: Character? = nil) -> Form {
            let family = surname && !givenAsSurname
            let common = keys.count == 1 && words.lowercaseWords.contains(keys.first!)
            return Form(keys: Array(keys), replacement: family ? words.surname : role,
                        possessive: family ? words.surname : possessive, needsCapital: surname || common,
                        isSurname: family, roleKeys: roleKeys, initial: initial, role: role)
        }
        func withoutParticles(_ keys: some Collection<String>) -> [String] {
            keys.filter { !words.particles.contains($0) }
        }
        let particle = keys.firstIndex { words.particles.contains($0) }
        if particle == 0 {
            let core = withoutParticles(keys)
            return [form(keys, surname: true, givenAsSurname: true)]
                + (core.isEmpty || core.count == keys.count ? [] : [form(core, surname: true, givenAsSurname: true)])
        }
        let split = particle ?? (keys.count > 1 ? keys.count - 1 : keys.count)
        let first = keys[..<split], last = keys[split...]
        var forms: [Form] = []
        if keys.count > 1 { forms.append(form(keys, surname: false)) }
        forms.append(form(first, surname: false))
        if first.count > 1 { forms.append(form(first.prefix(1), surname: false)) }
        if !last.isEmpty {
            let initial = first.first?.first
            forms.append(form(last, surname: true, initial: initial))
            let core = withoutParticles(last)
            if !core.isEmpty, core.count < last.count { forms.append(form(core, surname: true, initial: initial)) }
        }
        return forms
    }
}
