import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The demo database, built once by the `balans` executable (as `balans demo` does), copied
/// for each test that writes.
enum WebFixture {
    static var repoRoot: URL { TestDemo.repoRoot }
    static var binary: String { TestDemo.binary }

    /// The demo's database per backend, built once.
    /// Awaited, never waited for: the first test starts the build, the others suspend.
    static func demo(_ backend: TestBackend) async -> Swift.Result<String, any Error> {
        await (backend == .sqlite ? sqliteDemo : postgresDemo).result
    }
    private static let sqliteDemo = Task { try await TestDemo.build(.sqlite).database }
    private static let postgresDemo = Task { try await TestDemo.build(.postgres).database }

    /// A fresh copy of the demo database.
    static func store(_ backend: TestBackend) async throws -> Store {
        let demo = try await demo(backend).get()
        let copy = try await backend.copy(of: demo, in: FileManager.default.temporaryDirectory, name: "balans-web")
        return try await Store(path: copy, create: false)
    }
}

/// A browser in a test: keeps cookies, knows its CSRF token.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    /// The host the requests go to, as the `X-Test-Host` header (`TwoOrganisations.run` makes it the authority).
    var host: String?

    var cookieHeader: HTTPFields {
        var fields: HTTPFields =
            cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
        if let host { fields[.init("X-Test-Host")!] = host }
        return fields
    }

    mutating func keep(_ r: TestResponse) {
        for value in r.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        let r = try await client.execute(uri: uri, method: .get, headers: cookieHeader, body: nil)
        keep(r)
        return r
    }

    mutating func post(_ uri: String, form: [String: String]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keep(r)
        return r
    }

    mutating func postJSON(_ uri: String, _ json: String, csrf: String?) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/json"
        if let csrf { headers[.init("X-CSRF-Token")!] = csrf }
        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
        keep(r)
        return r
    }

    /// Logs in through the form, as a person would; returns the response of the POST.
    @discardableResult
    mutating func login(_ name: String, _ password: String = "balans-demo", organisation: String? = nil)
        async throws -> TestResponse
    {
        let page = try await get("/login")
        let csrf = Self.csrf(in: String(buffer: page.body)) ?? ""
        var form = ["csrf": csrf, "name": name, "password": password]
        form["organisation"] = organisation
        return try await post("/login", form: form)
    }

    /// The session's CSRF token, as the pages carry it in their forms.
    mutating func sessionCSRF() async throws -> String? {
        Self.csrf(in: String(buffer: try await get("/rapporter").body))
    }

    /// The fields a browser posts from the first POST form of `html` whose action begins with `action`: its inputs'
    /// values (a checkbox only when checked) and each select's selected option, entities decoded.
    static func formFields(in html: String, action: String) -> [String: String]? {
        let start = "<form method=\"post\" action=\"\(action)"
        guard let open = html.range(of: start), let close = html[open.upperBound...].range(of: "</form>") else {
            return nil
        }
        let form = String(html[open.upperBound..<close.lowerBound])
        func attribute(_ name: String, _ tag: Substring) -> String? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            return decode(String(tag[r.upperBound...].prefix { $0 != "\"" }))
        }
        func decode(_ s: String) -> String {
            s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        var fields: [String: String] = [:]
        for piece in form.components(separatedBy: "<input").dropFirst() {
            let tag = piece.prefix { $0 != ">" }
            guard let name = attribute("name", tag) else { continue }
            if tag.contains("type=\"checkbox\"") && !tag.contains(" checked") { continue }
            fields[name] = attribute("value", tag) ?? "on"
        }
        for piece in form.components(separatedBy: "<select").dropFirst() {
            let tag = piece.prefix { $0 != ">" }
            guard let name = attribute("name", tag), let end = piece.range(of: "</select>") else { continue }
            let options = piece[..<end.lowerBound]
            let chosen = options.components(separatedBy: "<option").dropFirst().first { $0.contains(" selected") }
            fields[name] = chosen.flatMap { attribute("value", $0.prefix { $0 != ">" }) } ?? ""
        }
        return fields
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
