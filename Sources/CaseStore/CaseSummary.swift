import Foundation

/// One line of the case list.
public struct CaseSummary: Sendable, Equatable, Identifiable {
    public var id: CaseID
    /// The professional's own name for the case (decrypted).
    public var label: String
    /// The dialogue the case runs (a route id such as "basismodel").
    public var route: String
    public var created: Date
    /// The time of the last event, or of creation when there is none.
    public var lastActivity: Date
    public var archived: Bool
    /// When the case should be looked at again, as set by `setStatus`.
    public var nextEvaluation: Date?
    /// Where the case stands, in the caller's words (for example a step
    /// id), as set by `setStatus`; encrypted like the label.
    public var step: String?
}

/// What the audit log records (NEN 7513: who did what with which case, when).
public enum AuditAction: String, Sendable, CaseIterable {
    case create
    /// The case was opened to read or continue.
    case open
    /// The dossier or case left the store (printed, saved, handed to another program).
    case export
    /// Text of the case was copied, for example to the clipboard.
    case copy
    case archive
    case delete
}

public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    public var action: AuditAction
    /// Nil for actions on the store as a whole.
    public var caseID: CaseID?
    /// The operating system's name of the user who did it.
    public var user: String
}
