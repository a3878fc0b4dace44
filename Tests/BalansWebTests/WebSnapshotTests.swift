import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Snapshots of every web page and API answer of the demo, per role (issue 14: the net under
/// the reshaping of the web layer). Each role logs in and opens a fixed list of URLs, every one
/// with its period, so the answers do not depend on today; the bodies, with what varies per run
/// replaced (`normalised`), must equal the files in Tests/Snapshots/web/<role>/. Both backends
/// compare with the same files: a page that differs between SQLite and PostgreSQL fails.
/// After checking a change, `BALANS_UPDATE_SNAPSHOTS=1 swift test --filter WebSnapshotTests`
/// writes the files (from SQLite; run again without it to compare PostgreSQL).
@Suite struct WebSnapshotTests {
    /// "public" is no one logged in.
    static let roles = ["public", "admin", "central", "hs", "lasare"]

    /// The pages of the region, the same for the administrator and the central controller.
    static let regionPages = [
        "/?period=2024-04",
        "/namnd/HS?period=2024-04",
        "/namnd/RS17?period=2017-03",
        "/rad/HS-SOM?period=2024-04",
        "/rad/HS-SOM/konto/5010?period=2024-04",
        "/rad/HS-SOM/konto/6990?period=2024-04&sortera=belopp&ordning=fallande&sida=2",
        "/verifikation/232",
        "/verifikation/56647?rad=HS-SOM&konto=5010&period=2024-04",
        "/namnd/HS/uppfoljning?period=2024-04",
        "/mal?period=2019-12",
        "/aktiviteter?period=2017-07",
        "/personal?period=2024-04",
        "/investeringar?period=2024-04",
        "/rapporter?period=2024-04",
        "/budget?ar=2024",
        "/status?period=2024-04",
        "/granskning",
        "/plan?ar=2025&version=forslag-2025",
        "/plan?ar=2025&version=forslag-2025&skattesats-2026=11,60&loneindex-2025=3,5",
        "/plan/jamfor?ar=2025&a=budget-2024&b=forslag-2025",
        "/plan/redigera?version=forslag-2025",
    ]

    /// Every URL each role opens, in order, with the status it answers when not 200: the
    /// refusals and redirects are pages of the web layer too. The API answers of the region are
    /// the central controller's (the administrator's are the same answers).
    static let urls: [String: [String]] = [
        "public": [
            "/login", "/api/openapi.json", "/ 303", "/namnd/HS?period=2024-04 303", "/api/ratios?period=2024-04 401",
            "/finns-inte 404",
        ],
        "admin": regionPages + [
            "/namnd/HS/prognos?period=2024-04", "/namnd/XX?period=2024-04 404", "/ 200", "/anvandare", "/anvandare/hs",
            "/losenord", "/api/users",
        ],
        "central": regionPages + [
            "/namnd/HS/prognos?period=2024-04 403", "/anvandare 403", "/api/users 403",
            "/api/ratios?period=2024-04",
            "/api/ratios?period=2024-04&org=HS",
            "/api/reports/manad?period=2024-04",
            "/api/reports/ur1?period=2024-04",
            "/api/reports/ur2?period=2024-04",
            "/api/reports/arsredovisning?period=2023-12",
            "/api/reports/namnd?period=2024-04&org=HS",
            "/api/committees/HS/forecast?period=2024-04",
            "/api/committees/HS/changes?period=2024-04",
            "/api/plan/2024/budget-2024",
            "/api/plan/2025/compare?a=budget-2024&b=forslag-2025",
        ],
        "hs": [
            "/ 303",
            "/namnd/HS?period=2024-04",
            "/rad/HS-SOM?period=2024-04",
            "/rad/HS-SOM/konto/5010?period=2024-04",
            "/rad/HS-SOM/konto/6990?period=2024-04&sida=19",
            "/verifikation/56647?rad=HS-SOM&konto=5010&period=2024-04",
            "/verifikation/54877 403",
            "/namnd/HS/prognos?period=2024-04",
            "/namnd/HS/uppfoljning?period=2024-04",
            "/aktiviteter?period=2024-04",
            "/personal?period=2024-04",
            "/investeringar?period=2024-04",
            "/rapporter?period=2024-04",
            "/namnd/ADH?period=2024-04 403",
            "/granskning 403",
            "/budget?ar=2024 403",
            "/status?period=2024-04 403",
            "/plan?ar=2025 403",
            "/plan/redigera?version=forslag-2025 403",
            "/api/ratios?period=2024-04&org=HS",
            "/api/reports/namnd?period=2024-04&org=HS",
            "/api/committees/HS/forecast?period=2024-04",
            "/api/committees/HS/changes?period=2024-04",
            "/api/ratios?period=2024-04 403",
        ],
        "lasare": [
            "/ 303",
            "/rapporter?period=2024-04",
            "/rapporter/ur1?period=2024-04&format=html",
            "/api/reports/ur1?period=2024-04",
            "/rapporter/ur2?period=2024-04&format=html 404",
            "/namnd/HS?period=2024-04 403",
            "/api/committees/HS/forecast?period=2024-04 403",
        ],
    ]

    /// A line of `urls`: the URL and the status it answers.
    static func entry(_ line: String) -> (url: String, status: Int) {
        let parts = line.split(separator: " ")
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 0 : 200)
    }

    static var directory: URL { TestDemo.repoRoot.appendingPathComponent("Tests/Snapshots/web") }
    static var updating: Bool { ProcessInfo.processInfo.environment["BALANS_UPDATE_SNAPSHOTS"] == "1" }

    @Test(arguments: TestBackend.all, roles) func everyPageOfTheRoleMatchesItsSnapshot(
        _ backend: TestBackend, role: String
    ) async throws {
        let store = try await WebFixture.store(backend)
        // A published report, so the reader has one to open (the demo freezes none). Its time
        // is fixed: the reports list shows it.
        let april = try #require(Period(year: 2024, month: 4))
        let ur1 = try await ReportBuilder.build(.ur1, data: store.followUpData(), period: april, node: nil)
        try await store.freeze(
            kind: "ur1", period: "2024-04", node: "", value: ur1.encoded(), inputFingerprint: "snapshot",
            at: "2024-05-15T08:00:00Z")
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        let urls = try #require(Self.urls[role])
        try await app.test(.router) { client in
            var browser = Browser(client: client)
            if role != "public" {
                let login = try await browser.login(role)
                #expect(login.status == .seeOther, "\(role) could not log in")
            }
            try await Self.snapshot(urls, as: role, with: &browser, backend: backend)
        }
    }

    /// The pages of the forecast and change workflow in flight, which the demo has none of: the
    /// committee controller of HS submits a forecast and a text; then the central controller
    /// sees them waiting for approval (its buttons, the audit log with the steps).
    static let workflowURLs: [String: [String]] = [
        "workflow-hs": [
            "/namnd/HS?period=2024-04",
            "/namnd/HS/prognos?period=2024-04",
            "/namnd/HS/uppfoljning?period=2024-04",
            "/api/committees/HS/forecast?period=2024-04",
            "/api/committees/HS/changes?period=2024-04",
        ],
        "workflow-central": [
            "/namnd/HS?period=2024-04",
            "/rad/HS-SOM?period=2024-04",
            "/namnd/HS/uppfoljning?period=2024-04",
            "/granskning",
        ],
    ]

    @Test(arguments: TestBackend.all) func theWorkflowInFlightMatchesItsSnapshots(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try await hs.sessionCSRF()
            // One row of the forecast at a fixed amount, with a comment; then submitted.
            let row = #"{"node":"HS-SOM","account":5010,"amount":"-412000000","comment":"Inhyrd personal."}"#
            let path = "/api/committees/HS/forecast"
            let saved = try await hs.postJSON("\(path)?period=2024-04", #"{"version":0,"rows":[\#(row)]}"#, csrf: csrf)
            #expect(saved.status == .ok, "\(String(buffer: saved.body))")
            let submitted = try await hs.postJSON("\(path)/submit?period=2024-04", #"{"version":1}"#, csrf: csrf)
            #expect(submitted.status == .ok, "\(String(buffer: submitted.body))")
            let text =
                #"{"kind":"text","key":"summary","value":"Underskott av inhyrd personal.","version":0,"submit":true}"#
            let change = try await hs.postJSON("/api/committees/HS/changes?period=2024-04", text, csrf: csrf)
            #expect(change.status == .ok, "\(String(buffer: change.body))")
            try await Self.snapshot(
                Self.workflowURLs["workflow-hs"] ?? [], as: "workflow-hs", with: &hs, backend: backend)
            var central = Browser(client: client)
            try await central.login("central")
            let urls = Self.workflowURLs["workflow-central"] ?? []
            try await Self.snapshot(urls, as: "workflow-central", with: &central, backend: backend)
        }
    }

    /// Opens every URL and compares its body with its file in `folder`, and the status and
    /// headers of every answer with `folder`/headers.txt.
    static func snapshot(
        _ urls: [String], as folder: String, with browser: inout Browser, backend: TestBackend
    ) async throws {
        var headers = ""
        for line in urls {
            let (url, status) = Self.entry(line)
            let response = try await browser.get(url)
            headers += "GET \(url): \(response.status.code)\n" + Self.normalised(response.headers)
            guard response.status.code == status else {
                Issue.record("\(folder) \(url): \(response.status.code), not \(status)")
                continue
            }
            // A redirect's answer is its Location, in the headers.
            guard !(300..<400).contains(status) else { continue }
            let type = response.headers[.contentType] ?? ""
            let body = Self.normalised(String(buffer: response.body))
            let name = Self.fileName(url, status: status, type: type)
            try Self.compare(body, with: "\(folder)/\(name)", backend: backend)
        }
        try Self.compare(headers, with: "\(folder)/headers.txt", backend: backend)
    }

    /// Every file in the folder is one a test writes: a URL taken off the list takes its file
    /// along.
    @Test func noSnapshotWithoutItsURL() throws {
        // While updating, the files are being written by the other test.
        guard !Self.updating else { return }
        var expected: Set<String> = []
        for (role, urls) in Self.urls.merging(Self.workflowURLs, uniquingKeysWith: +) {
            expected.insert("\(role)/headers.txt")
            for (url, status) in urls.map(Self.entry) where !(300..<400).contains(status) {
                let type = url.hasPrefix("/api/") ? "application/json" : "text/html"
                expected.insert("\(role)/\(Self.fileName(url, status: status, type: type))")
            }
        }
        var found: Set<String> = []
        let files = FileManager.default
        for role in try files.contentsOfDirectory(atPath: Self.directory.path) {
            for file in try files.contentsOfDirectory(atPath: Self.directory.appendingPathComponent(role).path) {
                found.insert("\(role)/\(file)")
            }
        }
        #expect(found.subtracting(expected).sorted() == [], "files no URL writes")
        #expect(expected.subtracting(found).sorted() == [], "URLs without a file")
    }

    /// The file of a URL: its path's parts joined by "-", then the query's ("_" between the
    /// pairs, "-" for "="), the status when not 200 and the extension of the content type. "/" is
    /// "start".
    static func fileName(_ url: String, status: Int = 200, type: String) -> String {
        let parts = url.split(separator: "?", maxSplits: 1)
        var name = parts[0].split(separator: "/").joined(separator: "-").replacingOccurrences(of: ".", with: "-")
        if name.isEmpty { name = "start" }
        if parts.count > 1 {
            name += "_" + parts[1].replacingOccurrences(of: "&", with: "_").replacingOccurrences(of: "=", with: "-")
        }
        if status != 200 { name += ".\(status)" }
        let ext = type.hasPrefix("application/json") ? "json" : type.hasPrefix("text/markdown") ? "md" : "html"
        return "\(name).\(ext)"
    }

    /// The body with what differs between two runs replaced by a fixed word: the CSRF tokens
    /// of the forms (the session's, or the login form's) and the times the audit log records.
    static func normalised(_ body: String) -> String {
        var text = body.replacingOccurrences(
            of: #"name="csrf" value="[^"]*""#, with: #"name="csrf" value="CSRF""#, options: .regularExpression)
        // The audit log's first column, Store.now() in Swedish local time to the minute. Only
        // there: the fixed time of the frozen report stays.
        text = text.replacingOccurrences(
            of: #"<tr><td>\d{4}-\d\d-\d\d \d\d:\d\d</td>"#, with: "<tr><td>TIME</td>",
            options: .regularExpression)
        return text
    }

    /// The headers of an answer, one a line, sorted, without its length (the body's file has
    /// it). A cookie's value is replaced (a new token per run; an emptied cookie stays) and its
    /// attributes sorted: Hummingbird writes them in a dictionary's order, another each run.
    static func normalised(_ headers: HTTPFields) -> String {
        headers.filter { $0.name != .contentLength && $0.name != .date }.map { field in
            var value = field.value
            if field.name == .setCookie {
                let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                var pair = parts[0]
                if let eq = pair.firstIndex(of: "="), pair.index(after: eq) != pair.endIndex {
                    pair = pair[...eq] + "TOKEN"
                }
                value = ([pair] + parts.dropFirst().sorted()).joined(separator: "; ")
            }
            return "  \(field.name.canonicalName): \(value)\n"
        }.sorted().joined()
    }

    /// Compares with the snapshot, or writes it when updating. Only the first backend writes;
    /// the others skip the comparison then (they run at the same time as the writing), so a
    /// difference between the backends shows in the next run, not hidden by the last writer.
    static func compare(_ produced: String, with name: String, backend: TestBackend) throws {
        let file = directory.appendingPathComponent(name)
        if updating {
            guard backend == TestBackend.all[0] else { return }
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(produced.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("Tests/Snapshots/web/\(name) is missing: BALANS_UPDATE_SNAPSHOTS=1 writes it")
            return
        }
        guard produced != expected else { return }
        // Name the first line that differs, so the failure says where.
        let a = produced.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let got = line < a.count ? String(a[line]) : "<end>"
        let want = line < b.count ? String(b[line]) : "<end>"
        // A page is often one long line: show where in the line the two part.
        let column =
            zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        let from = max(0, column - 60)
        Issue.record(
            """
            \(backend): Tests/Snapshots/web/\(name) differs at line \(line + 1), column \(column + 1):
              produced: …\(got.dropFirst(from).prefix(160))
              snapshot: …\(want.dropFirst(from).prefix(160))
            """)
    }
}
