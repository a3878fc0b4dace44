import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Review before approval and notifications (issue 17, items 1 and 2): the committee controller submits by the form;
/// the central controller sees the submitted forecast beside the one in force with the change and the comment,
/// returns it with a comment, and approves the next; every step is kept as a version, the comments form a thread,
/// and each step notifies the other side in the app and by e-mail through a stand-in sendmail command.
@Suite struct ReviewTests {
    /// A stand-in sendmail: appends each message from standard input to `mail.log` beside it.
    static func standInSendmail() throws -> (command: String, log: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("sendmail")
        let log = dir.appendingPathComponent("mail.log")
        try "#!/bin/sh\ncat >> \"\(log.path)\"\necho '----' >> \"\(log.path)\"\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script.path + " -t -i", log)
    }

    @Test(arguments: TestBackend.all) func submitReviewReturnApprove(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let p = try #require(Period("2024-04"))
        let data = try await store.followUpData()
        let entries = ForecastEntry.rows(data, period: p, committee: "HS")
        let inForce = ForecastReview(data, period: p, committee: "HS").rows
        try #require(entries.count > 1 && inForce.count == entries.count)
        try await store.setEmail(name: "central", email: "central@example.se")
        try await store.setEmail(name: "hs", email: "hs@example.se")
        let (command, log) = try Self.standInSendmail()
        let mailer = try #require(Mailer(command: command, from: "Balans <balans@example.se>", baseURL: "https://b.se"))
        let app = Application(router: WebApp(store: store, secureCookies: false, mailer: mailer).router())
        // The form as shown (tkr): every field as it was, the first one typed 1 000 tkr higher, with a comment.
        var shown: [String: String] = ["unit": "tkr", "confirm": "on"]
        for (i, e) in entries.enumerated() {
            shown["amount_\(i)"] = EntryUnit.tkr.format(e.forecast)
            shown["shown_\(i)"] = EntryUnit.tkr.format(e.forecast)
            shown["exact_\(i)"] = String(e.forecast.ore)
        }
        let typed = EntryUnit.tkr.format(entries[0].forecast + Money(ore: 100_000_000))
        shown["amount_0"] = typed
        shown["comment_0"] = "Högre intäkter från regionvården"
        let raised = try Money.parsing(typed, orePerUnit: 100_000).get()
        let change = raised - entries[0].forecast
        let base = shown
        try await app.test(.router) { client in
            var form = base
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS/prognos?period=2024-04").body)
            form["csrf"] = try #require(Browser.csrf(in: page))
            form["version"] = "0"
            form["action"] = "submit"
            let submitted = try await hs.post("/namnd/HS/prognos?period=2024-04", form: form)
            #expect(submitted.status == .seeOther)

            var central = Browser(client: client)
            try await central.login("central")
            let home = String(buffer: try await central.get("/status?period=2024-04").body)
            #expect(home.contains("Aviseringar (1)"))
            let notices = String(buffer: try await central.get("/aviseringar").body)
            #expect(notices.contains("Driftnämnden Hallands sjukhus har lämnat in prognosen för"))
            #expect(notices.contains("/namnd/HS/prognos/granska?period=2024-04"))
            #expect(!String(buffer: try await central.get("/aviseringar").body).contains("Aviseringar (1)"))
            let review = String(buffer: try await central.get("/namnd/HS/prognos/granska?period=2024-04").body)
            // The first row: in force, submitted and the change of 1 000 tkr, and the comment.
            #expect(review.contains(HTML.tkr(inForce[0].inForce)) && review.contains(HTML.tkr(raised)))
            #expect(review.contains("<td class=\"num\">\(HTML.tkr(raised - inForce[0].inForce))</td>"))
            #expect(review.contains("Högre intäkter från regionvården") && review.contains("Godkänn prognosen"))
            let total = entries.map(\.forecast).sum() + change
            #expect(review.contains(HTML.tkr(total)))
            let csrf = try #require(Browser.csrf(in: review))
            let state = try await store.forecastState(period: p, node: "HS")
            let back = try await central.post(
                "/namnd/HS/prognos/returnera?period=2024-04",
                form: ["csrf": csrf, "version": String(state.version), "comment": "Förklara intäkterna"])
            #expect(back.headers[.location]?.hasPrefix("/namnd/HS/prognos/granska") == true)

            let told = String(buffer: try await hs.get("/aviseringar").body)
            #expect(told.contains("är returnerad av central: Förklara intäkterna"))
            let hsReview = String(buffer: try await hs.get("/namnd/HS/prognos/granska?period=2024-04").body)
            #expect(hsReview.contains("Förklara intäkterna") && !hsReview.contains("Godkänn prognosen"))
            let hsCSRF = try #require(Browser.csrf(in: hsReview))
            let reply = try await hs.post(
                "/namnd/HS/prognos/kommentar?period=2024-04", form: ["csrf": hsCSRF, "text": "Avtal med Region X"])
            #expect(reply.status == .seeOther)
            // Submitted again, approved.
            form["version"] = String(try await store.forecastState(period: p, node: "HS").version)
            #expect(try await hs.post("/namnd/HS/prognos?period=2024-04", form: form).status == .seeOther)
            let again = try await store.forecastState(period: p, node: "HS")
            #expect(again.status == .submitted)
            let ok = try await central.post(
                "/namnd/HS/prognos/godkann?period=2024-04", form: ["csrf": csrf, "version": String(again.version)])
            #expect(ok.status == .seeOther)
            #expect(String(buffer: try await hs.get("/aviseringar").body).contains("är godkänd av central"))
        }
        // Every step kept, with its rows: the submitted versions total what the form gave.
        let history = try await store.forecastHistory(period: p, committee: "HS")
        #expect(history.map(\.status) == [.submitted, .returned, .submitted, .approved])
        #expect(history.map(\.user) == ["hs", "central", "hs", "central"])
        for v in history { #expect(v.rows.map(\.amount).sum() == entries.map(\.forecast).sum() + change) }
        #expect(history[1].comment == "Förklara intäkterna")
        let thread = try await store.forecastComments(period: p, committee: "HS")
        #expect(thread.map(\.text) == ["Förklara intäkterna", "Avtal med Region X"])
        // E-mail: to central on each submission, to hs on the return and the approval.
        let mail = try String(contentsOf: log, encoding: .utf8)
        let messages = mail.components(separatedBy: "----\n").filter { !$0.isEmpty }
        #expect(messages.filter { $0.contains("To: central@example.se") }.count == 2)
        #expect(messages.filter { $0.contains("To: hs@example.se") }.count == 2)
        let subject =
            "Balans: Driftnämnden Hallands sjukhus har lämnat in prognosen för \(ReportLabelsWeb.longSpan(p))."
        #expect(mail.contains("Subject: =?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="))
        #expect(mail.contains("https://b.se/namnd/HS/prognos/granska?period=2024-04"))
    }

    @Test(arguments: TestBackend.all) func aDeadlineNearRemindsOnce(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let p = try #require(Period("2024-05"))
        let today = Date()
        let due = HTML.localDay(today.addingTimeInterval(2 * 86_400))
        try await store.setDeadline(period: p, due: due, user: "central")
        // HS has submitted; the other committees have not.
        let v = try await store.saveForecast(period: p, committee: "HS", rows: [], expectedVersion: 0, user: "hs")
        _ = try await store.transitionForecast(
            period: p, committee: "HS", to: .submitted, expectedVersion: v, comment: "", user: "hs")
        try await store.addUser(name: "psy", passwordHash: "x", role: .committee, node: "PSY")
        let web = WebApp(store: store, secureCookies: false)
        try await web.remindDeadlines(today: today)
        try await web.remindDeadlines(today: today)
        let psy = try await store.notices(user: "psy")
        #expect(psy.count == 1 && psy[0].text.contains("är \(due)") && psy[0].kind == "deadline")
        #expect(try await store.notices(user: "hs").isEmpty)
        // A deadline further away than three days reminds no one.
        try await store.setDeadline(period: try #require(Period("2024-06")), due: "2099-01-01", user: "central")
        try await web.remindDeadlines(today: today)
        #expect(try await store.notices(user: "psy").count == 1)
    }
}
