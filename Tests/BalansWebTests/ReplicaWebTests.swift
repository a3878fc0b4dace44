import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Issue 19 goal 6 through the web layer: two `balans serve` processes (two applications, each
/// with its own connections) reading from a hot standby whose replay is paused — a standby as far
/// behind as can be. A user's writes in one are read by the other at once: the answer to her write
/// carries its position in a cookie. PostgreSQL only, when `.ci/run` has started the standby.
@Suite(.enabled(if: TestStandby.url != nil)) struct ReplicaWebTests {
    @Test func aPostToOneProcessThenAGetFromAnotherShowsTheNewValue() async throws {
        try await TestStandby.exclusively {
            let dir = FileManager.default.temporaryDirectory
            let primary = try await TestBackend.postgres.copy(
                of: WebFixture.demo(.postgres).get(), in: dir, name: "replica")
            let standby = try await TestStandby.caughtUp(primary)
            let a = try await Store(path: primary, readPath: standby, create: false)
            let b = try await Store(path: primary, readPath: standby, create: false)
            let appA = Application(router: WebApp(store: a, secureCookies: false).router())
            let appB = Application(router: WebApp(store: b, secureCookies: false).router())
            try await TestStandby.caughtUp(primary)
            try await TestStandby.withReplayPaused(primary) {
                try await appA.test(.router) { clientA in
                    try await appB.test(.router) { clientB in
                        var anna = Browser(client: clientA)
                        try await anna.login("admin")
                        let position = try #require(anna.cookies["balans_position"].flatMap { Int64($0) })
                        #expect(position > 0)
                        // Without her position B reads the standby, which has not replayed her login.
                        var stale = Browser(client: clientB, cookies: anna.cookies)
                        stale.cookies["balans_position"] = nil
                        #expect(try await stale.get("/anvandare").status == .seeOther)
                        // With it B reads what she wrote: her session, then the user she adds through A.
                        var other = Browser(client: clientB, cookies: anna.cookies)
                        let list = String(buffer: try await other.get("/anvandare").body)
                        #expect(list.contains("Lägg till") && !list.contains(">bertil</a>"))
                        let csrf = try #require(Browser.csrf(in: list))
                        let form = [
                            "csrf": csrf, "name": "bertil", "role": "committee", "node": "HS",
                            "email": "bertil@example.se", "password": "bertil-lösen-1",
                        ]
                        #expect(try await anna.post("/anvandare", form: form).status == .seeOther)
                        #expect(try #require(anna.cookies["balans_position"].flatMap { Int64($0) }) > position)
                        other.cookies = anna.cookies
                        #expect(String(buffer: try await other.get("/anvandare").body).contains(">bertil</a>"))
                        #expect(b.replicaReads?.primary ?? 0 > 0)
                    }
                }
            }
        }
    }
}
