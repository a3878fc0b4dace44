import BalansCore

/// A notification (avisering) to a user in the app (issue 17): a forecast submitted, returned or approved, a
/// deadline near. Each is written once per user and `dedupe` key, so a reminder checked every hour is sent once.
public struct Notice: Sendable, Equatable {
    /// What happened: `submitted`, `returned`, `approved` or `deadline`.
    public var kind: String
    /// To whom: a user of this organisation.
    public var user: String
    /// The message, in Swedish, as the user reads it.
    public var text: String
    /// The page it is about (a path of the web application).
    public var url: String
    /// The key that makes it once per user, e.g. `forecast 2024-04 HS v3` or `deadline 2024-04 HS`.
    public var dedupe: String
    /// When it was written, an ISO 8601 UTC timestamp ("" before it is).
    public var at: String = ""
    /// Whether the user has opened the notifications since.
    public var seen: Bool = false

    /// A notice to write.
    public init(kind: String, user: String, text: String, url: String, dedupe: String) {
        self.kind = kind
        self.user = user
        self.text = text
        self.url = url
        self.dedupe = dedupe
    }
}

extension Store {
    /// Writes the notices that are new (no notice of the same user and `dedupe` yet), in one transaction, and
    /// returns those written: the ones to e-mail.
    public func addNotices(_ notices: [Notice]) async throws -> [Notice] {
        guard !notices.isEmpty else { return [] }
        return try await writing { s in
            var written: [Notice] = []
            let now = Store.now()
            for n in notices {
                let changed = try s.db.execute(
                    sql: """
                        INSERT INTO notification (organisation, user_name, at, kind, text, url, dedupe)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organisation, user_name, dedupe) DO NOTHING
                        """,
                    arguments: [organisation, n.user, now, n.kind, n.text, n.url, n.dedupe])
                if changed > 0 {
                    var w = n
                    w.at = now
                    written.append(w)
                }
            }
            return written
        }
    }

    /// `user`'s notices, newest first, at most `limit`.
    public func notices(user: String, limit: Int = 50) async throws -> [Notice] {
        try await reading { s in
            try s.select(
                "kind, text, url, dedupe, at, seen", from: "notification", where: "user_name = ?", [user, limit],
                then: "ORDER BY id DESC LIMIT ?"
            ).map { r in
                var n = Notice(kind: r["kind"], user: user, text: r["text"], url: r["url"], dedupe: r["dedupe"])
                n.at = r["at"]
                n.seen = (r["seen"] as Int) != 0
                return n
            }
        }
    }

    /// How many of `user`'s notices are unseen (the menu's count).
    public func unseenNotices(user: String) async throws -> Int {
        try await reading { s in
            try s.value(Int.self, "count(*)", from: "notification", where: "user_name = ? AND seen = 0", [user]) ?? 0
        }
    }

    /// Marks every notice of `user` seen.
    public func markNoticesSeen(user: String) async throws {
        try await writing { s in
            try s.update("notification", set: "seen = 1", [], where: "user_name = ? AND seen = 0", [user])
        }
    }
}

/// A user's own settings in this organisation (issue 17), e.g. the forecast form's unit: remembered between logins.
extension Store {
    /// The user's value of `key`, nil when never set.
    public func userSetting(user: String, key: String) async throws -> String? {
        try await reading { s in
            try s.value(String.self, "value", from: "user_setting", where: "user_name = ? AND key = ?", [user, key])
        }
    }

    /// Sets the user's value of `key`.
    public func setUserSetting(user: String, key: String, value: String) async throws {
        try await writing { s in
            try s.insert(
                into: "user_setting", ["user_name", "key", "value"], [user, key, value],
                then: "ON CONFLICT (organisation, user_name, key) DO UPDATE SET value = excluded.value")
        }
    }
}
