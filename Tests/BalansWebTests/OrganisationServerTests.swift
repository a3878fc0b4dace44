import BalansCore
import BalansImport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The demo (organisation `default`, Region Halland) and a second organisation `B` in the same database with the
/// same node codes and a ledger of its own: one voucher of January 2024, 50 mnkr of patient fees and 30 mnkr of
/// bought care on Somatisk vård, so B's result after one month is 20 mnkr. `central` has a role in both, `hs` in
/// the demo only.
struct TwoOrganisations {
    var a: Store
    var b: Store
    var location: String

    static let ledgerB = """
        #FLAGGA 0
        #FORMAT PC8
        #SIETYP 4
        #FNAMN "Region B"
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 3010 "Patientavgifter"
        #KONTO 4510 "Kopt vard"
        #DIM 1 "Ansvar"
        #OBJEKT 1 "11100" "Somatisk vard"
        #VER A 1 20240131 "Januari"
        {
        #TRANS 3010 {1 "11100"} -50000000.00
        #TRANS 4510 {1 "11100"} 30000000.00
        #TRANS 1930 {} 20000000.00
        }

        """

    init(_ backend: TestBackend) async throws {
        let dir = FileManager.default.temporaryDirectory
        location = try await backend.copy(of: WebFixture.demo(backend).get(), in: dir, name: "balans-two")
        a = try await Store(path: location, create: false)
        b = try await Store(path: location, organisation: "B", create: true)
        let example = WebFixture.repoRoot.appendingPathComponent("Examples/region-halland")
        for file in ["org.csv", "mapping.csv"] {
            _ = try await DataKinds.importFile(
                kind: file == "org.csv" ? .org : .mapping, path: example.appendingPathComponent(file).path, store: b)
        }
        let ledger = dir.appendingPathComponent("ledger-b-\(UUID().uuidString.prefix(8)).se")
        try Data(Self.ledgerB.utf8).write(to: ledger)
        defer { try? FileManager.default.removeItem(at: ledger) }
        _ = try await DataKinds.importFile(kind: .sie, path: ledger.path, store: b)
        // The login exists: its password stays, it gets a role in B too.
        try await b.addUser(name: "central", passwordHash: "", role: .central, node: "")
    }

    /// The server of both organisations, `hosts` mapped; each request's host is its `X-Test-Host` header (the test
    /// router's own is always localhost).
    func run(
        hosts: [String: OrganisationCode] = [:], _ body: @Sendable (TestClientProtocol) async throws -> Void
    ) async throws {
        let server = WebServer(
            stores: [a, b], entries: try await Store.organisationEntries(path: location), hosts: hosts,
            fallback: Store.defaultOrganisation, secureCookies: false)
        let responder = server.responder()
        let app = Application(
            responder: CallbackResponder<WebContext> { request, context in
                guard let host = request.headers[.init("X-Test-Host")!] else {
                    return try await responder.respond(to: request, context: context)
                }
                var head = request.head
                head.authority = host
                return try await responder.respond(to: Request(head: head, body: request.body), context: context)
            })
        try await app.test(.router) { client in try await body(client) }
    }
}

/// Issue 17, item 8: one server for every organisation of its database.
@Suite struct OrganisationServerTests {
    /// Region Halland's figure on the dashboard (seed 003: the forecast deviation of 310 mnkr).
    static let regionHalland = "310\u{A0}mnkr"
    /// B's result after January on the dashboard's card: 50 mnkr of fees less 30 mnkr of bought care.
    static let regionB = ">\(50 - 30)\u{A0}mnkr<"

    @Test(arguments: TestBackend.all) func eachHostServesItsOwnOrganisation(_ backend: TestBackend) async throws {
        let two = try await TwoOrganisations(backend)
        try await two.run(hosts: ["halland.example": "default", "b.example": "B"]) { client in
            var a = Browser(client: client, host: "halland.example")
            #expect(try await a.login("central").status == .seeOther)
            let pageA = String(buffer: try await a.get("/").body)
            #expect(pageA.contains(Self.regionHalland) && !pageA.contains(Self.regionB))
            // No switching on a mapped host: the other organisation is a link to its own host.
            #expect(!pageA.contains("action=\"/organisation\"") && pageA.contains("href=\"http://b.example/\""))
            var b = Browser(client: client, host: "B.example:8080")
            #expect(!String(buffer: try await b.get("/login").body).contains("name=\"organisation\""))
            #expect(try await b.login("central").status == .seeOther)
            let pageB = String(buffer: try await b.get("/").body)
            #expect(pageB.contains(Self.regionB) && !pageB.contains(Self.regionHalland))
            #expect(pageB.contains("href=\"http://halland.example:8080/\""))
            // The session of one host is nothing at the other; hs has no role at B's host.
            var stolen = Browser(client: client, cookies: a.cookies, host: "b.example")
            #expect(try await stolen.get("/").headers[.location] == "/login")
            var hs = Browser(client: client, host: "b.example")
            #expect(try await hs.login("hs").status == .unauthorized)
            // Every organisation has its host: no other host serves any.
            var other = Browser(client: client, host: "localhost")
            #expect(try await other.get("/login").status == .notFound)
        }
    }

    @Test(arguments: TestBackend.all) func theSwitcherTakesAUserWithTwoRolesToTheOther(_ backend: TestBackend)
        async throws
    {
        let two = try await TwoOrganisations(backend)
        try await two.run { client in
            var central = Browser(client: client)
            let login = String(buffer: try await central.get("/login").body)
            #expect(login.contains("<option value=\"B\">Region B</option>"))
            try await central.login("central")
            let home = String(buffer: try await central.get("/").body)
            #expect(home.contains(Self.regionHalland) && home.contains("action=\"/organisation\""))
            #expect(home.contains("<option value=\"B\">Region B</option>"))
            let oldToken = try #require(central.cookies["balans_session"])
            let csrf = try #require(try await central.sessionCSRF())
            let switched = try await central.post("/organisation", form: ["csrf": csrf, "organisation": "B"])
            #expect(switched.status == .seeOther && switched.headers[.location] == "/")
            #expect(central.cookies["balans_org"] == "B" && central.cookies["balans_session"] != oldToken)
            let there = String(buffer: try await central.get("/").body)
            #expect(there.contains(Self.regionB) && !there.contains(Self.regionHalland))
            // The switch is in both audit trails; the session left behind has ended.
            for (store, from, to) in [(two.a, "default", "B"), (two.b, "default", "B")] {
                let entry = try #require(try await store.auditTrail(action: "organisation.switch").first)
                #expect(entry.user == "central" && entry.oldValue == from && entry.newValue == to)
            }
            var old = Browser(client: client, cookies: ["balans_session": oldToken])
            #expect(try await old.get("/").headers[.location] == "/login")
            // And back, without a password.
            let back = try await central.post(
                "/organisation",
                form: ["csrf": try #require(try await central.sessionCSRF()), "organisation": "default"])
            #expect(back.status == .seeOther)
            #expect(String(buffer: try await central.get("/").body).contains(Self.regionHalland))
        }
    }

    @Test(arguments: TestBackend.all) func aUserWithOneRoleCannotReachTheOther(_ backend: TestBackend) async throws {
        let two = try await TwoOrganisations(backend)
        try await two.run { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS?period=2024-04").body)
            #expect(!page.contains("action=\"/organisation\"") && !page.contains("Region B"))
            let csrf = try #require(try await hs.sessionCSRF())
            #expect(try await hs.post("/organisation", form: ["csrf": csrf, "organisation": "B"]).status == .forbidden)
            // A forged organisation cookie: B does not know the session.
            hs.cookies["balans_org"] = "B"
            #expect(try await hs.get("/").headers[.location] == "/login")
            #expect(try await hs.get("/api/ratios?period=2024-01").status == .unauthorized)
            // Nor can hs log in to B.
            #expect(try await hs.login("hs", organisation: "B").status == .unauthorized)
            // An unknown organisation in the cookie falls back to the default.
            hs.cookies["balans_org"] = "nowhere"
            #expect(try await hs.login("hs").status == .seeOther)
            #expect(try await hs.get("/namnd/HS?period=2024-04").status == .ok)
        }
    }

    @Test(arguments: TestBackend.all) func aSessionOfOneOrganisationIsRefusedByTheOther(_ backend: TestBackend)
        async throws
    {
        let two = try await TwoOrganisations(backend)
        let now = Int(Date().timeIntervalSince1970)
        try await two.a.createSession(
            tokenHash: Auth.hash("token-a"), user: "central", csrf: "c", expiresAt: now + 3600)
        #expect(try await two.a.session(tokenHash: Auth.hash("token-a"), now: now)?.user.name == "central")
        #expect(try await two.b.session(tokenHash: Auth.hash("token-a"), now: now) == nil)
        try await two.run { client async throws in
            var a = Browser(client: client, cookies: ["balans_session": "token-a"])
            #expect(try await a.get("/").status == .ok)
            var b = Browser(client: client, cookies: ["balans_session": "token-a", "balans_org": "B"])
            #expect(try await b.get("/").headers[.location] == "/login")
            #expect(try await b.get("/api/ratios?period=2024-01").status == .unauthorized)
            // Logging in to B with the login form's choice lands in B.
            var central = Browser(client: client)
            #expect(try await central.login("central", organisation: "B").status == .seeOther)
            #expect(central.cookies["balans_org"] == "B")
            #expect(String(buffer: try await central.get("/").body).contains(Self.regionB))
        }
    }
}
