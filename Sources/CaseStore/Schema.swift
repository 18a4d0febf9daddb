import GRDB

/// The database's tables, and how an older store is brought forward.
///
/// Only ids, routes, event kinds, times, the archived flag and the next
/// evaluation date are in clear; every text a professional wrote is sealed
/// (see `Sealing`). Times are whole microseconds since 1970, as in the
/// events' JSON.
enum Schema {
    /// The schema this version of the program writes. A store with a higher
    /// number was written by a later version and is left alone.
    static let version = 2
    /// Written into the SQLite header (PRAGMA application_id), so a store
    /// is recognised from its first 100 bytes without running SQLite on a
    /// file that may be someone else's. "meld" in ASCII.
    static let applicationID: Int32 = 0x6D65_6C64
    /// meta.format: what this file is.
    static let format = "meldcode-cases"

    /// `initialMeta` is written with the first migration, in its transaction,
    /// so a store never exists without its key material.
    static func migrator(initialMeta: [String: DatabaseValue] = [:]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value);
                CREATE TABLE cases (
                    id TEXT PRIMARY KEY NOT NULL,
                    route TEXT NOT NULL,
                    created INTEGER NOT NULL,
                    last_activity INTEGER NOT NULL,
                    archived INTEGER NOT NULL DEFAULT 0,
                    next_evaluation INTEGER,
                    case_key BLOB NOT NULL,
                    label BLOB NOT NULL,
                    step BLOB
                );
                CREATE INDEX cases_by_activity ON cases(archived, last_activity);
                CREATE TABLE events (
                    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    body BLOB NOT NULL,
                    PRIMARY KEY (case_id, seq)
                ) WITHOUT ROWID;
                """)
            try setMeta(db, ["format": format.databaseValue, "schema": 1.databaseValue])
            try setMeta(db, initialMeta)
        }
        migrator.registerMigration("2") { db in
            // NEN 7513: who did what to which case, and when. The case id
            // stays after the case is deleted, so no foreign key.
            try db.execute(sql: """
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    case_id TEXT,
                    user TEXT NOT NULL
                );
                CREATE INDEX audit_by_case ON audit(case_id);
                """)
            try setMeta(db, ["schema": 2.databaseValue])
        }
        return migrator
    }

    static func setMeta(_ db: Database, _ values: [String: DatabaseValue]) throws {
        for (key, value) in values {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    static func meta(_ db: Database) throws -> [String: DatabaseValue] {
        guard try db.tableExists("meta") else { return [:] }
        var meta: [String: DatabaseValue] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
            meta[row["key"]] = row["value"] as DatabaseValue
        }
        return meta
    }
}
