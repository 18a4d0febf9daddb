/// The Dutch words the matcher works with, as plain lists. The matcher knows
/// what kinds of words exist (yes, no, doubt, negation, ...); which words
/// those are comes from the lexicon file of a language.
public struct Lexicon: Sendable {
    public var rewrites: [String: String] = [:]
    public var yes: [String] = []
    public var no: [String] = []
    public var softYes: [String] = []
    public var softNo: [String] = []
    public var unsure: [String] = []
    /// Doubt only when it ends its clause ("kan zijn.").
    public var unsureAtEnd: [String] = []
    /// A condition only when it opens the answer ("alleen als vader er is").
    public var unsureAtStart: [String] = []
    /// "meer ... dan": what follows is denied.
    public var ratherThan: [String] = []
    /// "dat wel": a part of only these grants the part before it.
    public var granted: [String] = []
    /// "ik ben het met haar eens": the professional takes over what was
    /// quoted before as their own answer.
    public var agreeing: [String] = []
    /// "natuurlijk niet", "zeker wel": right after an opening "ja" or "nee"
    /// (and `particles` such as "hoor") these answer alone; the opening
    /// word is a particle ("ja, natuurlijk niet" is no).
    public var emphatic: [String] = []
    public var particles: [String] = []
    /// "en dat": after such a condition, a part that refers back to it.
    public var conditionRefs: [String] = []
    public var hedges: [String] = []
    public var negators: [String] = []
    /// "🙄": a yes said with these is likely meant the other way.
    public var ironyMarks: [String] = []
    /// "trouwens", "btw": a sentence with one of these is an aside; an
    /// eye-roll in it is about the aside, not the answer.
    public var asideSentences: [String] = []
    /// "🤔": a yes or no beside one is doubt.
    public var doubtMarks: [String] = []
    /// "als je dat bespreken noemt": only if words are stretched; a gap may
    /// come between the words.
    public var ironyPhrases: [String] = []
    /// Negations said in pairs ("noch ... noch"): a pair denies once.
    public var pairedNegators: [String] = []
    public var pseudoNegations: [String] = []
    /// "het is niet zo dat": denies the whole statement after it.
    public var sententialNegations: [String] = []
    /// Phrases that hold answer words but say nothing ("een half jaar").
    public var neutral: [String] = []
    public var contrast: [String] = []
    /// "maar" after these means "only", not "but".
    public var contrastNotAfter: [String] = []
    /// "hoewel": the clause it opens concedes, and weighs less.
    public var concessive: [String] = []
    /// "omdat", "want": the clause they open gives a reason for the answer.
    public var reasons: [String] = []
    /// "te sterk": denies the answer word just before it.
    public var denials: [String] = []
    public var contrastAfterNegation: [String] = []
    /// Words that start a contrasting clause only when they open it ("nu").
    public var contrastAtStart: [String] = []
    public var conclusion: [String] = []
    public var filler: [String] = []
    /// Short words of every sentence ("met", "van"): never a sign on their own.
    public var functionWords: [String] = []
    /// Words a phrase's gap may not hold ("acute en geen structurele
    /// onveiligheid" is not one "acute onveiligheid").
    public var gapBarriers: [String] = []
    /// "nee wacht", "ik bedoel": the answer is what follows the last one.
    public var corrections: [String] = []
    /// "en", "ook": right after a correction word they add to what came
    /// before ("..., o ja, en Veilig Thuis ook") instead of correcting it.
    public var additions: [String] = []
    /// "telt dat", "is dat": after a description, the short question whether
    /// it counts is doubt.
    public var whetherItCounts: [String] = []
    /// Answer words that count only when they make up their clause.
    public var alone: [Polarity: [String]] = [:]
    /// Comments on the answer ("als ik eerlijk ben"): they do not make a clause longer.
    public var asides: [String] = []
    /// Words for other people: "weet niet" after them is not the professional's doubt.
    public var others: [String] = []
    /// "hij", "die": a clause opening with one after "maar" may be about the
    /// person just named ("vader dronk, maar hij is nu clean").
    public var pronouns: [String] = []
    /// "misschien": the professional's doubt even after a person ("vader misschien").
    public var ownDoubt: [String] = []
    /// "ik": a doubt phrase holding one of these is the professional's own.
    public var firstPerson: [String] = []
    /// "of" at the start of a clause: it asks whether, it does not state.
    public var whether: [String] = []
    /// "als", "mocht": a clause opening with one is a supposition, not a statement.
    public var conditionals: [String] = []
    /// "het", "je", "we": words that open the subject of a supposition (with `others`).
    public var conditionalSubjects: [String] = []
    /// "je", "u": a supposition about the one asking ("als je bedoelt ...:
    /// ja") says what the question means, not on what the answer hangs.
    public var addressees: [String] = []
    /// "ja", "nee" opening a text stand apart from what follows, comma or not
    /// ("jep moeder is niet in orde" reads as "ja, moeder is niet in orde").
    public var interjections: [String] = []
    /// Short answer words a hasty typing slip is read back to ("jsa": ja).
    public var shortAnswers: [String] = []
    /// Said of something a question asks about as done ("Heb je het gesprek
    /// gevoerd?"): it has not happened yet ("staat gepland", "ga ik doen").
    public var notYet: [String] = []
    /// "geprobeerd": an attempt, where the question asks what was done.
    public var tried: [String] = []
    /// "de", "mijn": a colleague after one is the subject ("mijn leidinggevende weet het nog niet").
    public var determiners: [String] = []
    /// "zei", "zeggen": a "ja" or "nee" right after one is reported speech.
    public var reportingVerbs: [String] = []
    /// "collega", "mentor": an answer reported from one of these is the
    /// team's answer, given on the professional's behalf ("collega zegt van wel").
    public var colleagues: [String] = []
    /// Words spelled right that no phrase uses: the typo corrector leaves
    /// them alone ("slaapt" is not a typo for "slaat").
    public var spelledRight: [String] = []
    /// Commands recognised when the text is only the command (plus filler).
    public var commands: [Command: [String]] = [:]
    /// Longer command phrases recognised anywhere in a text.
    public var commandsAnywhere: [Command: [String]] = [:]
    /// Words that open a question to the assistant ("wat", "waarom") ...
    public var questionWords: [String] = []
    /// ... and verbs that open one when the text ends in "?" ("telt", "moet").
    public var questionVerbs: [String] = []
    /// ... and verbs that open one even without "?" when about the question
    /// ("telt een gesprek via de telefoon ook").
    public var askingVerbs: [String] = []
    /// "valt wel mee": an asking verb in a statement.
    public var askingVerbStatements: [String] = []
    /// Words that tie a longer question back to the question asked ("dat",
    /// "hiermee"): without them, or the question's own words, it is off-topic.
    public var questionRefs: [String] = []
    /// In such a question: words that make it a request for the dossier, or
    /// for going back, rather than for an explanation.
    public var summaryCues: [String] = []
    public var backCues: [String] = []
    /// "ga naar", "ik wil eerst": with a target, a request to go elsewhere.
    public var jumpWords: [String] = []
    /// "terug naar": jump words that go back ("terug naar stap 1").
    public var jumpBackWords: [String] = []
    /// Target id (a step) -> phrases that name it ("stap 3", "het gesprek").
    public var jumpTargets: [String: [String]] = [:]
    /// "laat zien", "print": with a summary cue, a request for the dossier.
    public var displayVerbs: [String] = []
    /// "veranderen", "wijzigen": with a back cue, a request to go back.
    public var changeVerbs: [String] = []
    public var emergency = EmergencyWords()
    public var numbers = NumberWords()
    public var dates = DateReader.Words()
    public var age = AgeWords()
    /// Role id -> phrases naming it.
    public var roles: [String: [String]] = [:]
    public var nobody: [String] = []
    /// "af" -> aandachtsfunctionaris: short words that name a role only when
    /// they stand alone as an item or open the answer ("af" is mostly a particle).
    public var shortRoles: [String: String] = [:]
    /// "mijn", "met": a short role word right after one names the role ("met mijn AF").
    public var shortRoleOpeners: [String] = []
    /// "van ons", "van het": a role after these qualifies the one before.
    public var roleQualifiers: [String] = []
    /// "morgen", "was ziek": the roles in their clause were not consulted.
    public var rolesNotConsulted: [String] = []
    /// "zei", "vond": the roles after them in their clause were advised, not consulted.
    public var roleAdvice: [String] = []
    /// "dat heb ik ook gedaan": the advice was followed after all.
    public var roleAdviceFollowed: [String] = []
    /// "niemand behalve", "behalve": the roles after them are the exception
    /// to a nobody ("geen overleg gehad, behalve kort met mijn collega").
    public var roleExceptions: [String] = []
    /// "ik zelf": denied in a clause of its own after roles ("mijn collega
    /// heeft VT gebeld, ik zelf niet"), the roles were consulted by others.
    public var roleOwn: [String] = []
    /// Named word lists a dialogue can test an answer against.
    public var categories: [String: [String]] = [:]

    public init() {}
}

public struct EmergencyWords: Sendable {
    /// Each rule is a list of groups; each group a list of phrases. A rule
    /// fires when every group has a phrase in one sentence.
    public var rules: [[[String]]] = []
    /// Rules whose groups may lie in different sentences of the text ("hij
    /// zei dat hij haar thuis wel even zal leren. ze moet om half 4 naar huis").
    public var textRules: [[[String]]] = []
    public var past: [String] = []
    public var over: [String] = []
    /// A calm present ("rustig"): it quiets as `over` does, and "al is het
    /// nu even rustig" does not make the danger before it happen now.
    public var calm: [String] = []
    /// Phrases that hold danger words but are harmless ("zijn opleiding
    /// afmaakt" is not "hem afmaakt").
    public var harmless: [String] = []
    /// Violence that happens often is structural, not an emergency ...
    public var habitual: [String] = []
    /// ... unless it happens now.
    public var now: [String] = []
    /// What a sentence denies to conclude that there is no danger ("Op dit
    /// moment dus geen gevaar."): told after the danger, it is the
    /// professional's reading of what came before.
    public var denied: [String] = []
    /// "ik heb gevraagd of": what follows, up to the next "en" or "omdat",
    /// was asked about, not told ("... of er wapens in huis zijn").
    public var asked: [String] = []
    /// "kan het misgaan": what could go wrong; with a condition in its
    /// clause ("als hij vanavond dronken thuiskomt ...") not danger now.
    public var possible: [String] = []
    /// "bel 112": with a condition in its sentence ("als hij terugkomt
    /// meteen 112 bellen") an instruction for later.
    public var instructed: [String] = []
    /// "bij gevaar", "zodra": conditions under which such a call is meant,
    /// before or after it in its sentence ("bij een nieuwe bedreiging direct
    /// 112 bellen", "gezegd 112 te bellen als hij weer komt").
    public var conditions: [String] = []
    public init() {}
}

public struct NumberWords: Sendable {
    public var units: [String: Int] = [:]
    public var tens: [String: Int] = [:]
    public var hundred: [String: Int] = [:]
    public var joiner = ""
    public var half: [String] = []
    /// Suffix of "achtenhalf": the whole number is read, the half dropped.
    public var andAHalf: [String] = []
    /// Suffix of "achtjarig": the number the word is made of.
    public var aged: [String] = []
    public init() {}
}

public struct AgeWords: Sendable {
    public var years: [String] = []
    public var months: [String] = []
    public var weeks: [String] = []
    public var days: [String] = []
    public var baby: [String] = []
    public var notBefore: [String] = []
    public var notAfter: [String] = []
    public var approximately: [String] = []
    /// "ik gok", "ik schat": the number right after is the age the
    /// professional settles on ("ruim 70, ik gok 73").
    public var estimates: [String] = []
    public var almost: [String] = []
    /// "wordt 8": still one year younger.
    public var becomes: [String] = []
    public var range: [String] = []
    /// "of", "tot" between two numbers: a range.
    public var between: [String] = []
    /// "puber", "groep 5": a stage of life, no age.
    public var categories: [String] = []
    public var unknown: [String] = []
    /// "al maanden", "sinds weken": a time unit after these is how long
    /// something lasts, not an age.
    public var durations: [String] = []
    /// "moeder", "vader": an age said of one of these, beside a child's
    /// age, is not the age asked for.
    public var adults: [String] = []
    /// "de oudste", "de jongste": ages said of several children, none
    /// singled out, are no single age.
    public var siblings: [String] = []
    /// "kinderen", "kids": two ages or more said after one of these ("twee
    /// kinderen: 3 en 7") are several children's, no single age.
    public var children: [String] = []
    /// "en": with a comma, what joins the ages of a list ("4, 7 en 10").
    public var listJoiners: [String] = []
    /// "eind", "begin": before a round number of tens, part of a decade.
    public var decadeParts: [String] = []
    /// "plus", "of ouder": after a number, a lower bound.
    public var orMore: [String] = []
    /// "ouder dan", "jonger dan": before the only number, a bound.
    public var bounds: [String] = []
    /// "nee", "sorry": between two numbers, the second replaces the first.
    public var corrections: [String] = []
    /// "geboren", "geb. datum": a date of birth follows, which gives the age.
    public var born: [String] = []
    public init() {}
}

/// What the professional can ask of the assistant instead of answering.
public enum Command: String, Sendable, CaseIterable {
    case back, explain, summary, pause, help
    /// "wie moet dit doen?": who is responsible for this step.
    case who
    /// "ga naar stap 3", "ik wil eerst met Veilig Thuis overleggen".
    case jump
    /// Show the draft of a melding, the anonymous consultation summary;
    /// copy the dossier to the clipboard.
    case melding, consult, copy
}

/// The kind of answer a question expects.
public enum AnswerKind: String, Sendable, CaseIterable {
    case yesNo = "yes_no"
    case text, age, roles, choice
}

/// What a question itself contributes to understanding its answers.
public struct QuestionCues: Sendable {
    public var expects: AnswerKind
    /// The question's key phrases: affirmed they mean yes, negated no.
    public var echo: [String]
    /// Phrases that on their own mean yes, or no, to this question.
    public var yes: [String]
    public var no: [String]
    /// Phrases that make an answer to this question doubt.
    public var unsure: [String]
    /// Phrases that mean yes, or no, only when they make up their clause.
    public var alone: [Polarity: [String]]
    /// True when the question asks "A and/or B": one affirmed key phrase is yes.
    public var echoAny: Bool
    /// True when the question asks whether something has been done: a plan
    /// for it is a no ("ja, dat ga ik doen").
    public var asksDone: Bool
    /// For a choice: option id -> words that pick it.
    public var options: [String: [String]]
    /// For a choice: option id -> the options that, named together, mean it.
    public var combined: [String: [String]]
    /// The question's own text: a question back about these words asks for
    /// an explanation ("wat is vluchtig contact").
    public var topic: String

    public init(expects: AnswerKind = .yesNo, echo: [String] = [], yes: [String] = [], no: [String] = [], unsure: [String] = [],
                alone: [Polarity: [String]] = [:], echoAny: Bool = false, asksDone: Bool = false, options: [String: [String]] = [:], combined: [String: [String]] = [:], topic: String = "") {
        self.expects = expects
        self.echo = echo
        self.yes = yes
        self.no = no
        self.unsure = unsure
        self.alone = alone
        self.echoAny = echoAny
        self.asksDone = asksDone
        self.options = options
        self.combined = combined
        self.topic = topic
    }
}
