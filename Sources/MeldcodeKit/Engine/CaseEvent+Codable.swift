import DutchText
import Foundation

// The stored form of a case: one JSON object per event. It outlives any
// version of the program, so it is spelled out field by field rather than
// left to the compiler's synthesis (which would change with the enum's
// shape), and every object carries a format version.
//
//   {"v":1,"kind":"answered","at":1795000060000000,"question":"afweging.2",
//    "text":"…","value":{"kind":"roles","roles":["collega"],"polarity":"yes"},"danger":false}
//
// `at` is whole microseconds since 1970-01-01 UTC: an integer keeps every
// time exact across languages and platforms, where seconds as a double
// would lose the last bit when moved between epochs.

extension CaseEvent: Codable {
    /// The version written into every event; a reader refuses later ones.
    public static let encodingVersion = 1

    private enum Key: String, CodingKey {
        case v, kind, at, dialogue, question, text, value, danger, step
    }

    /// The event kinds as stored. Also what the case store keeps in clear.
    public var kind: String {
        switch self {
        case .started: "started"
        case .answered: "answered"
        case .emergency: "emergency"
        case .tookBack: "took_back"
        case .jumped: "jumped"
        case .paused: "paused"
        case .resumed: "resumed"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(Self.encodingVersion, forKey: .v)
        try c.encode(kind, forKey: .kind)
        try c.encode(Self.microseconds(at), forKey: .at)
        switch self {
        case .started(let dialogue, _):
            try c.encode(dialogue, forKey: .dialogue)
        case .answered(let question, let text, let value, let danger, _):
            try c.encode(question, forKey: .question)
            try c.encode(text, forKey: .text)
            try c.encode(value, forKey: .value)
            try c.encode(danger, forKey: .danger)
        case .emergency(let question, let text, _):
            try c.encode(question, forKey: .question)
            try c.encode(text, forKey: .text)
        case .jumped(let step, _):
            try c.encode(step, forKey: .step)
        case .tookBack, .paused, .resumed:
            break
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let version = try c.decode(Int.self, forKey: .v)
        guard version <= Self.encodingVersion else {
            throw DecodingError.dataCorruptedError(forKey: .v, in: c, debugDescription: "event version \(version) is newer")
        }
        let at = Self.date(microseconds: try c.decode(Int64.self, forKey: .at))
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "started":
            self = .started(dialogue: try c.decode(String.self, forKey: .dialogue), at: at)
        case "answered":
            self = .answered(question: try c.decode(String.self, forKey: .question),
                             text: try c.decode(String.self, forKey: .text),
                             value: try c.decode(AnswerValue.self, forKey: .value),
                             danger: try c.decode(Bool.self, forKey: .danger), at: at)
        case "emergency":
            self = .emergency(question: try c.decode(String.self, forKey: .question),
                              text: try c.decode(String.self, forKey: .text), at: at)
        case "took_back": self = .tookBack(at: at)
        case "jumped": self = .jumped(step: try c.decode(String.self, forKey: .step), at: at)
        case "paused": self = .paused(at: at)
        case "resumed": self = .resumed(at: at)
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown event kind \(kind)")
        }
    }

    /// A time as stored: rounded to the microsecond.
    public static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    public static func date(microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }
}

extension AnswerValue: Codable {
    private enum Key: String, CodingKey {
        case kind, age, roles, polarity, choice
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .yes: try c.encode("yes", forKey: .kind)
        case .no: try c.encode("no", forKey: .kind)
        case .unsure: try c.encode("unsure", forKey: .kind)
        case .text: try c.encode("text", forKey: .kind)
        case .unknown: try c.encode("unknown", forKey: .kind)
        case .age(let age):
            try c.encode("age", forKey: .kind)
            // An explicit null: "the age is not known" is an answer too.
            try c.encode(age, forKey: .age)
        case .roles(let roles, let polarity):
            try c.encode("roles", forKey: .kind)
            try c.encode(roles, forKey: .roles)
            try c.encode(polarity.rawValue, forKey: .polarity)
        case .choice(let id):
            try c.encode("choice", forKey: .kind)
            try c.encode(id, forKey: .choice)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "yes": self = .yes
        case "no": self = .no
        case "unsure": self = .unsure
        case "text": self = .text
        case "unknown": self = .unknown
        case "age": self = .age(try c.decodeIfPresent(Int.self, forKey: .age))
        case "roles":
            let raw = try c.decode(String.self, forKey: .polarity)
            guard let polarity = Polarity(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(forKey: .polarity, in: c, debugDescription: "unknown polarity \(raw)")
            }
            self = .roles(try c.decode([String].self, forKey: .roles), polarity)
        case "choice": self = .choice(try c.decode(String.self, forKey: .choice))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown answer kind \(kind)")
        }
    }
}
