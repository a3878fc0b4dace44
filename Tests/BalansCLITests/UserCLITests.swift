import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans user passwd|remove|role`: each changes the user and ends her sessions in the
/// database at once (that a running server notices is tested in the web tests).
@Suite struct UserChangeCommandTests {
    let users = UserCommandTests()

    /// A live session of `user` in the store, made as a login makes it.
    func session(_ store: Store, _ user: String, token: String) async throws {
        try await store.createSession(
            tokenHash: token, user: user, csrf: "c", expiresAt: Int(Date().timeIntervalSince1970) + 3600)
    }

    @Test(arguments: TestBackend.all) func passwdRemoveAndRoleEndTheSessions(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await CLI.copyOfDemo(backend, in: dir)
        let store = try await Store(path: db, create: false)
        let now = Int(Date().timeIntervalSince1970)

        let oldHash = try #require(try await store.user(named: "hs")?.passwordHash)
        try await session(store, "hs", token: "hs-1")
        try await session(store, "hs", token: "hs-2")
        try await session(store, "central", token: "central-1")
        let passwd = try await users.run(["user", "passwd", "hs", "--db", db], input: "ett nytt långt lösenord\n")
        #expect(
            passwd.status == 0 && passwd.stderr.contains("user hs: password changed, 2 sessions ended"),
            "\(passwd.stderr)")
        let newHash = try #require(try await store.user(named: "hs")?.passwordHash)
        #expect(newHash != oldHash && newHash.hasPrefix("$2") && !newHash.contains("nytt"))
        #expect(try await store.session(tokenHash: "hs-1", now: now) == nil)
        #expect(try await store.session(tokenHash: "hs-2", now: now) == nil)
        // Another user's session stays.
        #expect(try await store.session(tokenHash: "central-1", now: now)?.user.name == "central")
        let short = try await users.run(["user", "passwd", "hs", "--db", db], input: "kort\n")
        #expect(short.status == 65 && short.stderr.contains("at least 8 characters"))

        try await session(store, "hs", token: "hs-3")
        let role = try await users.run(
            ["user", "role", "hs", "--role", "committee", "--node", "ADH", "--db", db], input: "")
        #expect(role.status == 0 && role.stderr.contains("user hs: committee ADH, 1 session ended"), "\(role.stderr)")
        #expect(try await store.user(named: "hs").map { "\($0.role) \($0.node)" } == "committee ADH")
        #expect(try await store.session(tokenHash: "hs-3", now: now) == nil)
        let badNode = try await users.run(
            ["user", "role", "hs", "--role", "committee", "--node", "XX", "--db", db], input: "")
        #expect(badNode.status == 65 && badNode.stderr.contains("unknown organisation node \"XX\""))
        await #expect(try users.run(["user", "role", "hs", "--role", "committee", "--db", db], input: "").status == 64)
        await #expect(try users.run(["user", "role", "hs", "--role", "chef", "--db", db], input: "").status == 64)

        try await session(store, "hs", token: "hs-4")
        let remove = try await users.run(["user", "remove", "hs", "--db", db], input: "")
        #expect(remove.status == 0 && remove.stderr.contains("user hs removed, 1 session ended"), "\(remove.stderr)")
        #expect(try await store.user(named: "hs") == nil)
        #expect(try await store.session(tokenHash: "hs-4", now: now) == nil)
        let trail = try await store.auditTrail().prefix(3).map {
            "\($0.action) \($0.entity) \($0.oldValue) → \($0.newValue)"
        }
        #expect(
            trail == [
                "user.remove hs committee ADH → ", "user.role hs committee HS → committee ADH", "user.passwd hs  → ",
            ])

        for args in [["passwd", "nobody"], ["remove", "nobody"], ["role", "nobody", "--role", "reader"]] {
            let r = try await users.run(["user"] + args + ["--db", db], input: "ett långt lösenord\n")
            #expect(
                r.status == 65 && r.stderr.contains("user nobody: no such user in organisation \"default\""),
                "\(args): \(r.stderr)")
        }
    }

    /// The password is the login's: `passwd` in one organisation ends the user's sessions in
    /// all; `remove` takes only the role of the organisation named, the login stays while it
    /// has another.
    @Test(arguments: TestBackend.all) func aUserOfTwoOrganisations(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await CLI.copyOfDemo(backend, in: dir)
        #expect(try await CLI.run(["init", "--db", db, "--organisation", "B"]).status == 0)
        let a = try await Store(path: db, create: false)
        let b = try await Store(path: db, organisation: "B", create: false)
        let hash = try #require(try await a.user(named: "central")?.passwordHash)
        try await b.addUser(name: "central", passwordHash: hash, role: .central, node: "")
        try await session(a, "central", token: "in-a")
        try await session(b, "central", token: "in-b")
        let now = Int(Date().timeIntervalSince1970)

        let passwd = try await users.run(
            ["user", "passwd", "central", "--db", db, "--organisation", "B"], input: "ett nytt långt lösenord\n")
        #expect(passwd.status == 0 && passwd.stderr.contains("2 sessions ended"), "\(passwd.stderr)")
        #expect(try await a.session(tokenHash: "in-a", now: now) == nil)
        #expect(try await b.session(tokenHash: "in-b", now: now) == nil)
        #expect(try await a.user(named: "central")?.passwordHash == b.user(named: "central")?.passwordHash)

        try await session(a, "central", token: "in-a-2")
        await #expect(
            try users.run(["user", "remove", "central", "--db", db, "--organisation", "B"], input: "").status == 0)
        #expect(try await b.user(named: "central") == nil)
        #expect(try await a.user(named: "central")?.role == .central)
        #expect(try await a.session(tokenHash: "in-a-2", now: now)?.user.name == "central")
    }

    /// A name a login form could never use is refused when the user is made.
    @Test func userNamesHaveAtMost64Characters() async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await CLI.copyOfDemo(.sqlite, in: dir)
        let long = String(repeating: "å", count: 65)
        let r = try await users.run(
            ["user", "add", long, "--role", "reader", "--db", db], input: "ett långt lösenord\n")
        #expect(r.status == 65 && r.stderr.contains("a user name has 1 to 64 characters"), "\(r.stderr)")
        await #expect(
            try users.run(
                ["user", "add", String(long.dropFirst()), "--role", "reader", "--db", db], input: "ett långt lösenord\n"
            ).status == 0)
        let reopened = try await Store(path: db, create: false)
        #expect(try await reopened.user(named: long) == nil)
    }
}
