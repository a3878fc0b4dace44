import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Issue 13, item 8: no cache keeps a private answer, no browser guesses a type, and Secure
/// cookies carry the `__Host-` prefix.
@Suite struct ResponseHeaderTests {
    static func checkHeaders(_ r: TestResponse, _ what: String, cache: String = "no-store") {
        #expect(r.headers[.init("X-Content-Type-Options")!] == "nosniff", "\(what): \(r.status)")
        #expect(r.headers[.cacheControl] == cache, "\(what): \(r.status)")
    }

    @Test(arguments: TestBackend.all) func everyKindOfRouteHasTheHeaders(_ backend: TestBackend) async throws {
        try await AuthFixture(backend).run { b in
            Self.checkHeaders(try await b.get("/"), "redirect to the login")
            Self.checkHeaders(try await b.get("/api/ratios?period=2024-04"), "API 401")
            Self.checkHeaders(
                try await b.post("/login", form: ["name": "central", "password": "x"]), "login without its token")
            Self.checkHeaders(try await b.get("/login"), "login page")
            Self.checkHeaders(try await b.login("central", "fel"), "wrong password")
            Self.checkHeaders(try await b.get("/api/openapi.json"), "OpenAPI", cache: "public, max-age=3600")
            Self.checkHeaders(try await b.login("central"), "login")
            for uri in [
                "/", "/namnd/HS?period=2024-04", "/namnd/HS/prognos?period=2024-04",
                "/namnd/HS/uppfoljning?period=2024-04", "/rad/HS-SOM?period=2024-04",
                "/granskning", "/personal?period=2024-04", "/rapporter", "/rapporter/ur1?period=2024-04&format=html",
                "/rapporter/manad?period=2024-04&format=md", "/rapporter/ur1?period=2024-04&format=json",
                "/rapporter/ur1?period=2024-04&format=xlsx",
                "/rapporter/ur1?period=2024-04&format=csv", "/api/ratios?period=2024-04",
                "/api/reports/ur1?period=2024-04",
                "/api/committees/HS/forecast?period=2024-04", "/api/committees/HS/changes?period=2024-04",
                "/namnd/NOPE?period=2024-04",
                "/rapporter/nope", "/finns-inte", "/api/finns-inte", "/verifikation/x",
            ] {
                let r = try await b.get(uri)
                Self.checkHeaders(r, uri)
            }
            let csrf = try #require(try await b.sessionCSRF())
            Self.checkHeaders(
                try await b.postJSON("/api/committees/HS/forecast?period=2024-04", #"{"version":0}"#, csrf: csrf),
                "API bad body")
            Self.checkHeaders(
                try await b.post("/namnd/HS/prognos?period=2024-04", form: ["csrf": "fel"]), "CSRF refused")
            Self.checkHeaders(try await b.post("/logout", form: ["csrf": csrf]), "logout")
        }
    }

    /// A failure no handler turned into a page (a database that went away) is an empty 500
    /// with the headers too, as is an HTTP error thrown from a handler.
    @Test func errorsHaveTheHeadersToo() async throws {
        struct Gone: Error {}
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders())
        router.get("/fel") { _, _ -> Response in throw Gone() }
        router.get("/saknas") { _, _ -> Response in throw HTTPError(.notFound) }
        try await Application(router: router).test(.router) { client in
            let failed = try await client.execute(uri: "/fel", method: .get)
            #expect(failed.status == .internalServerError)
            Self.checkHeaders(failed, "500")
            let missing = try await client.execute(uri: "/saknas", method: .get)
            #expect(missing.status == .notFound)
            Self.checkHeaders(missing, "404")
        }
    }

    static func setCookies(_ r: TestResponse) -> [String] { r.headers[values: .setCookie] }

    /// A Set-Cookie value's attributes after the name and value ("Path=/", "Secure", …).
    static func attributes(_ setCookie: String) -> Set<String> {
        Set(setCookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test func secureCookiesHaveTheHostPrefixAndThePathSlash() async throws {
        try await AuthFixture(.sqlite, secure: true).run { b in
            let page = try await b.get("/login")
            let loginCookie = try #require(Self.setCookies(page).first)
            #expect(loginCookie.hasPrefix("__Host-balans_login="), "\(loginCookie)")
            #expect(
                Self.attributes(loginCookie).isSuperset(of: ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"]),
                "\(loginCookie)")
            #expect(!loginCookie.contains("Domain"))
            let login = try await b.login("central")
            #expect(login.status == .seeOther)
            let sessionCookie = try #require(Self.setCookies(login).first)
            #expect(sessionCookie.hasPrefix("__Host-balans_session="), "\(sessionCookie)")
            #expect(
                Self.attributes(sessionCookie).isSuperset(of: ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"]),
                "\(sessionCookie)")
            #expect(!sessionCookie.contains("Domain"))
            #expect(try await b.get("/rapporter").status == .ok)
            // The same token under the plain name (as a plain-HTTP page could set it) is no session.
            let token = try #require(b.cookies["__Host-balans_session"])
            var plain = Browser(client: b.client)
            plain.cookies = ["balans_session": token]
            #expect(SessionRevocationTests.loggedOut(try await plain.get("/rapporter")))
        }
    }

    @Test func insecureCookiesKeepThePlainNames() async throws {
        try await AuthFixture(.sqlite, secure: false).run { b in
            let page = try await b.get("/login")
            let login = try await b.login("central")
            #expect(Self.setCookies(page).first?.hasPrefix("balans_login=") == true)
            #expect(Self.setCookies(login).first?.hasPrefix("balans_session=") == true)
        }
    }
}
