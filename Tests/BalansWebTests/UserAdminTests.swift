import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Administration in the web (issue 17 item 8): the administrator adds, deactivates, reactivates and changes users
/// and sets their passwords; a user changes their own; nobody else may do any of it. Every change is in the audit trail
/// under the administrator's name.
@Suite struct UserAdminTests {
    static func app(_ store: Store) -> some ApplicationProtocol {
        Application(router: WebApp(store: store, secureCookies: false).router())
    }

    /// A user of the API as its name, role, node, e-mail and whether it is active.
    static func fields(_ r: TestResponse) -> [String] {
        let object = (try? JSONSerialization.jsonObject(with: Data(buffer: r.body))) as? [String: Any] ?? [:]
        return ["name", "role", "node", "email"].map { object[$0] as? String ?? "?" }
            + [(object["active"] as? Bool).map(String.init) ?? "?"]
    }

    /// The message of a refused login, as the login page shows it.
    static func refusal(_ r: TestResponse) -> String? {
        let body = String(buffer: r.body)
        guard let start = body.range(of: "role=\"alert\">") else { return nil }
        return String(body[start.upperBound...].prefix { $0 != "<" })
    }

    @Test(arguments: TestBackend.all) func anAddedUserLogsInUntilDeactivated(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        try await Self.app(store).test(.router) { client in
            var admin = Browser(client: client)
            try await admin.login("admin")
            let list = String(buffer: try await admin.get("/anvandare").body)
            #expect(list.contains(">hs</a>") && list.contains("nämndcontroller") && list.contains("Lägg till"))
            #expect(list.contains("<a href=\"/anvandare\">Användare</a>"))
            let csrf = try #require(Browser.csrf(in: list))
            let form = [
                "csrf": csrf, "name": "anna", "role": "committee", "node": "HS", "email": "anna@example.se",
                "password": "anna-lösen-1",
            ]
            // Refused with the reason, nothing added: a short password, a committee controller without a committee.
            let short = try await admin.post("/anvandare", form: form.merging(["password": "kort"]) { $1 })
            #expect(short.status == .unprocessableContent && String(buffer: short.body).contains("minst 8 tecken"))
            let noNode = try await admin.post("/anvandare", form: form.merging(["node": ""]) { $1 })
            #expect(noNode.status == .unprocessableContent)
            #expect(String(buffer: noNode.body).contains("behöver en nämnd"))
            #expect(try await store.user(named: "anna") == nil)
            let added = try await admin.post("/anvandare", form: form)
            #expect(added.status == .seeOther)
            #expect(
                String(buffer: try await admin.get(added.headers[.location] ?? "").body).contains("anna är tillagd"))
            let taken = try await admin.post("/anvandare", form: form)
            #expect(taken.status == .unprocessableContent && String(buffer: taken.body).contains("finns redan"))
            #expect(
                try await store.user(named: "anna").map { [$0.role.rawValue, $0.node.rawValue, $0.email] }
                    == ["committee", "HS", "anna@example.se"])

            var anna = Browser(client: client)
            #expect(try await anna.login("anna", "anna-lösen-1").status == .seeOther)
            let start = try await anna.get("/")
            #expect(start.headers[.location]?.hasPrefix("/namnd/HS") == true)
            let committee = String(buffer: try await anna.get("/namnd/HS?period=2024-04").body)
            #expect(committee.contains("<h1>Driftnämnden Hallands sjukhus</h1>"))
            #expect(!committee.contains("\">Användare</a>") && committee.contains("Byt lösenord"))

            let userPage = String(buffer: try await admin.get("/anvandare/anna").body)
            #expect(userPage.contains("Inaktivera användaren"))
            // Deactivated: anna's next request is logged out, and her login is answered as a wrong password.
            let off = try await admin.post("/anvandare/anna/aktiv", form: ["csrf": csrf, "active": "0"])
            #expect(off.status == .seeOther)
            #expect(try await anna.get("/namnd/HS?period=2024-04").headers[.location] == "/login")
            let refused = try await anna.login("anna", "anna-lösen-1")
            var other = Browser(client: client)
            let wrong = try await other.login("central", "inte-lösenordet")
            #expect(refused.status == .unauthorized && refused.status == wrong.status)
            #expect(Self.refusal(refused) == WebApp.wrongLogin && Self.refusal(wrong) == WebApp.wrongLogin)
            #expect(try await store.user(named: "anna")?.active == false)
            #expect(String(buffer: try await admin.get("/anvandare").body).contains("Inaktiverad"))
            // The administrator cannot lock themself out.
            let me = try await admin.post("/anvandare/admin/aktiv", form: ["csrf": csrf, "active": "0"])
            #expect(me.status == .unprocessableContent)

            #expect(
                try await admin.post("/anvandare/anna/aktiv", form: ["csrf": csrf, "active": "1"]).status == .seeOther)
            #expect(try await anna.login("anna", "anna-lösen-1").status == .seeOther)
            // Without the CSRF token nothing changes.
            #expect(try await admin.post("/anvandare/anna/aktiv", form: ["active": "0"]).status == .forbidden)
            #expect(try await store.user(named: "anna")?.active == true)
        }
        let trail = try await store.auditTrail(user: "admin")
        #expect(trail.map(\.action) == ["user.activate", "user.deactivate", "user.email", "user.add"])
        #expect(trail.allSatisfy { $0.entity == "anna" })
    }

    @Test(arguments: TestBackend.all) func resetPasswordAndChangeRoleEndTheSessions(_ backend: TestBackend) async throws
    {
        let store = try await WebFixture.store(backend)
        try await Self.app(store).test(.router) { client in
            var admin = Browser(client: client)
            try await admin.login("admin")
            let csrf = try #require(try await admin.sessionCSRF())
            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/namnd/HS?period=2024-04").status == .ok)

            let short = try await admin.post("/anvandare/hs/losenord", form: ["csrf": csrf, "password": "kort"])
            #expect(short.status == .unprocessableContent)
            let reset = try await admin.post(
                "/anvandare/hs/losenord", form: ["csrf": csrf, "password": "nytt-lösen-hs"])
            #expect(reset.status == .seeOther)
            #expect(try await hs.get("/namnd/HS?period=2024-04").headers[.location] == "/login")
            #expect(try await hs.login("hs").status == .unauthorized)
            #expect(try await hs.login("hs", "nytt-lösen-hs").status == .seeOther)

            // A committee controller needs a committee; as a reader, hs may no longer open the committee.
            let noNode = try await admin.post(
                "/anvandare/hs/roll", form: ["csrf": csrf, "role": "committee", "node": ""])
            #expect(noNode.status == .unprocessableContent)
            let role = try await admin.post("/anvandare/hs/roll", form: ["csrf": csrf, "role": "reader", "node": "HS"])
            #expect(role.status == .seeOther)
            #expect(try await hs.get("/namnd/HS?period=2024-04").headers[.location] == "/login")
            #expect(try await hs.login("hs", "nytt-lösen-hs").status == .seeOther)
            #expect(try await hs.get("/namnd/HS?period=2024-04").status == .forbidden)
            let user = try await store.user(named: "hs")
            #expect(user?.role == .reader && user?.node == "")

            let email = try await admin.post("/anvandare/hs/epost", form: ["csrf": csrf, "email": "inte en adress"])
            #expect(email.status == .unprocessableContent)
            #expect(
                try await admin.post("/anvandare/hs/epost", form: ["csrf": csrf, "email": "hs@example.se"]).status
                    == .seeOther)
            #expect(try await store.user(named: "hs")?.email == "hs@example.se")
        }
        let trail = try await store.auditTrail(user: "admin")
        #expect(trail.map(\.action) == ["user.email", "user.role", "user.passwd"])
        #expect(trail[1].oldValue == "committee HS" && trail[1].newValue == "reader ")
    }

    @Test(arguments: TestBackend.all) func aUserChangesTheirOwnPassword(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        try await Self.app(store).test(.router) { client in
            var here = Browser(client: client)
            try await here.login("lasare")
            var elsewhere = Browser(client: client)
            try await elsewhere.login("lasare")
            let page = String(buffer: try await here.get("/losenord").body)
            #expect(page.contains("Nuvarande lösenord"))
            let csrf = try #require(Browser.csrf(in: page))
            func change(_ current: String, _ new: String, _ repeated: String) async throws -> TestResponse {
                try await here.post(
                    "/losenord", form: ["csrf": csrf, "current": current, "new": new, "repeat": repeated])
            }
            let wrongCurrent = try await change("fel-lösenord", "nytt-lösenord", "nytt-lösenord")
            #expect(wrongCurrent.status == .unprocessableContent)
            let mismatch = try await change("balans-demo", "nytt-lösenord", "annat-lösenord")
            #expect(mismatch.status == .unprocessableContent)
            #expect(try await change("balans-demo", "kort", "kort").status == .unprocessableContent)
            let changed = try await change("balans-demo", "nytt-lösenord", "nytt-lösenord")
            #expect(changed.status == .seeOther)
            // This session goes on; the other one has ended.
            let after = String(buffer: try await here.get(changed.headers[.location] ?? "").body)
            #expect(after.contains("Lösenordet är bytt"))
            #expect(try await elsewhere.get("/rapporter").headers[.location] == "/login")
            var again = Browser(client: client)
            #expect(try await again.login("lasare").status == .unauthorized)
            #expect(try await again.login("lasare", "nytt-lösenord").status == .seeOther)
        }
        let trail = try await store.auditTrail(user: "lasare", action: "user.passwd")
        #expect(trail.count == 1 && trail.first?.entity == "lasare")
    }

    @Test(arguments: TestBackend.all) func onlyTheAdministratorManagesUsers(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let before = try await store.users()
        try await Self.app(store).test(.router) { client in
            for name in ["central", "hs", "lasare"] {
                var b = Browser(client: client)
                try await b.login(name)
                let csrf = try #require(try await b.sessionCSRF())
                #expect(!String(buffer: try await b.get("/rapporter").body).contains("\">Användare</a>"))
                #expect(try await b.get("/anvandare").status == .forbidden, "\(name)")
                #expect(try await b.get("/anvandare/hs").status == .forbidden, "\(name)")
                let form = ["csrf": csrf, "name": "x", "role": "admin", "password": "ett-långt-lösen", "active": "0"]
                for path in ["/anvandare"] + Page.UserAction.allCases.map({ "/anvandare/\(name)/\($0.rawValue)" }) {
                    #expect(try await b.post(path, form: form).status == .forbidden, "\(name) \(path)")
                }
                #expect(try await b.get("/api/users").status == .forbidden, "\(name)")
                let json = #"{"name":"x","role":"admin","password":"ett-långt-lösen","active":false}"#
                #expect(try await b.postJSON("/api/users", json, csrf: csrf).status == .forbidden, "\(name)")
                #expect(try await b.postJSON("/api/users/\(name)", json, csrf: csrf).status == .forbidden, "\(name)")
            }
        }
        #expect(try await store.users() == before)
    }

    @Test(arguments: TestBackend.all) func theAPIListsAddsAndChangesUsers(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        try await Self.app(store).test(.router) { client in
            var admin = Browser(client: client)
            try await admin.login("admin")
            let csrf = try await admin.sessionCSRF()
            let listed = try JSONSerialization.jsonObject(with: Data(buffer: try await admin.get("/api/users").body))
            let names = (listed as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == ["admin", "central", "hs", "lasare"])

            let bad = #"{"name":"bo","role":"committee","node":"NOPE","password":"bo-lösenord"}"#
            #expect(try await admin.postJSON("/api/users", bad, csrf: csrf).status == .unprocessableContent)
            #expect(try await admin.postJSON("/api/users", "{}", csrf: nil).status == .forbidden)
            let add = #"{"name":"bo","role":"committee","node":"HS","email":"bo@example.se","password":"bo-lösenord"}"#
            let added = try await admin.postJSON("/api/users", add, csrf: csrf)
            #expect(added.status == .created, "\(String(buffer: added.body))")
            #expect(Self.fields(added) == ["bo", "committee", "HS", "bo@example.se", "true"])
            #expect(try await admin.postJSON("/api/users", add, csrf: csrf).status == .conflict)

            var bo = Browser(client: client)
            #expect(try await bo.login("bo", "bo-lösenord").status == .seeOther)
            let change = #"{"role":"central","email":"","active":false,"password":"bo-nytt-lösen"}"#
            let changed = try await admin.postJSON("/api/users/bo", change, csrf: csrf)
            #expect(Self.fields(changed) == ["bo", "central", "", "", "false"])
            #expect(try await bo.get("/rapporter").headers[.location] == "/login")
            #expect(try await bo.login("bo", "bo-nytt-lösen").status == .unauthorized)
            #expect(try await admin.postJSON("/api/users/bo", #"{"active":true}"#, csrf: csrf).status == .ok)
            #expect(try await bo.login("bo", "bo-nytt-lösen").status == .seeOther)
            #expect(try await admin.postJSON("/api/users/nobody", "{}", csrf: csrf).status == .notFound)
        }
        let actions = try await store.auditTrail(user: "admin").map(\.action)
        #expect(
            actions == [
                "user.activate", "user.passwd", "user.deactivate", "user.email", "user.role", "user.email", "user.add",
            ])
    }
}
