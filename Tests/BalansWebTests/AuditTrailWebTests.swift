import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The audit trail page in Swedish (issue 17 item 8): actions in words, times in Swedish local time, amounts in
/// kronor, and filtered in SQL by user, action and days.
@Suite struct AuditTrailWebTests {
    /// The rows of the page's table.
    static func rows(_ page: String) -> [String] {
        page.components(separatedBy: "<tr><td>").dropFirst().map { $0.components(separatedBy: "</tr>")[0] }
            .filter { !$0.hasPrefix("Inga händelser") }
    }

    @Test(arguments: TestBackend.all) func theTrailIsInSwedishAndFilters(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let csrf = try #require(try await central.sessionCSRF())
            let moved = try await central.post(
                "/budget/andring?ar=2024",
                form: [
                    "csrf": csrf, "date": "2024-03-15", "kind": "omdisposition", "reference": "RS §80",
                    "node_0": "HS-SOM", "amount_0": "-5000000", "node_1": "ADH-AMB", "amount_1": "5000000",
                ])
            #expect(moved.status == .seeOther)
            let due = try await central.post(
                "/status/sista-dag?period=2024-04", form: ["csrf": csrf, "due": "2024-05-10"])
            #expect(due.status == .seeOther)
            var admin = Browser(client: client)
            try await admin.login("admin")
            let adminCSRF = try await admin.sessionCSRF()
            let add = #"{"name":"cia","role":"reader","password":"cia-lösenord"}"#
            #expect(try await admin.postJSON("/api/users", add, csrf: adminCSRF).status == .created)

            let page = String(buffer: try await admin.get("/granskning").body)
            for words in ["Budgetändring registrerad", "Sista dag satt", "Användare tillagd", "läsare"] {
                #expect(page.contains(words), "\(words)")
            }
            #expect(!page.contains(">budget.change<") && !page.contains(">user.add<"))
            // The budget change's amounts as Swedish kronor: minus sign, spaces between thousands, decimal comma.
            #expect(page.contains("<td>−5\u{00A0}000\u{00A0}000,00 kr</td>"))
            #expect(page.contains("<td>5\u{00A0}000\u{00A0}000,00 kr</td>"))
            // The newest entry's time in Stockholm, not UTC.
            let newest = try #require(try await store.auditTrail(limit: 1).first)
            let at = try #require(ISO8601DateFormatter().date(from: newest.at))
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd HH:mm"
            f.timeZone = TimeZone(identifier: "Europe/Stockholm")
            let local = f.string(from: at)
            f.timeZone = TimeZone(identifier: "UTC")
            #expect(local != f.string(from: at))
            #expect(Self.rows(page).first?.hasPrefix("\(local)</td><td>admin</td><td>Användare tillagd</td>") == true)

            func rows(_ query: String) async throws -> [String] {
                Self.rows(String(buffer: try await admin.get("/granskning?\(query)").body))
            }
            let byCentral = try await rows("anvandare=central&handling=&fran=&till=")
            #expect(byCentral.count == 3 && byCentral.allSatisfy { $0.contains("<td>central</td>") })
            let changes = try await rows("anvandare=central&handling=budget.change")
            #expect(changes.count == 2 && changes.allSatisfy { $0.contains("Budgetändring registrerad") })
            #expect(try await rows("handling=deadline").count == 1)
            // Today in Stockholm holds every entry made now; a day long gone none.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = try #require(TimeZone(identifier: "Europe/Stockholm"))
            let today = calendar.startOfDay(for: Date())
            let made = try await store.auditTrail().filter { $0.at >= ISO8601DateFormatter().string(from: today) }
            f.timeZone = calendar.timeZone
            f.dateFormat = "yyyy-MM-dd"
            let day = f.string(from: Date())
            #expect(try await rows("fran=\(day)&till=\(day)").count == made.count)
            #expect(try await rows("till=2000-01-01").isEmpty)
            let wrong = try await admin.get("/granskning?fran=2024-02-30")
            #expect(wrong.status == .badRequest && String(buffer: wrong.body).contains("ÅÅÅÅ-MM-DD"))
        }
        #expect(try await store.auditTrail(user: "central", action: "budget.change").count == 2)
    }
}
