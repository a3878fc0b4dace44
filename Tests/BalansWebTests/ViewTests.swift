import BalansCore
import BalansStore
import BalansTestSupport
import Testing

@testable import BalansWeb

/// The pages as view models, tested without a server (issue 14): the templates parse, escape
/// what they show, and the view models carry the links and choices of the user's role.
@Suite struct ViewTests {
    static let april = Period(year: 2024, month: 4)!

    /// The demo's data and a session of one of its users.
    static func demo(_ name: String) async throws -> (Store, FollowUpData, Session) {
        let store = try await WebFixture.store(.sqlite)
        let user = try #require(try await store.loginLookup(name: name).user)
        return await (store, try store.followUpData(), Session(user: user, csrf: "CSRF", tokenHash: ""))
    }

    @Test func everyTemplateParses() throws {
        // The library leaves out a template that does not parse.
        for name in Templates.all.keys { #expect(Templates.library.getTemplate(named: name) != nil, "\(name)") }
        // Every view names a template there is.
        let views: [any PageView.Type] = [
            LayoutView.self, LoginView.self, AuditView.self, DrillDownView.self, VoucherView.self,
            ReportsView.self,
            CommitteeView.self, LineView.self, ForecastFormView.self, DashboardView.self, ChaptersView.self,
            FollowUpView.self, MessageView.self, StatusView.self, ReviewView.self, NoticesView.self, UploadView.self,
        ]
        for view in views { #expect(Templates.all[view.template] != nil, "\(view)") }
    }

    @Test func whatATemplateShowsIsEscaped() {
        let login = LoginView(error: "<b>\"x\" & 'y'</b>", csrf: "t\"", name: "a<b").rendered()
        #expect(
            login.hasPrefix("<p class=\"error\" role=\"alert\">&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</p>"))
        #expect(login.contains("value=\"a&lt;b\""))
        #expect(login.contains("name=\"csrf\" value=\"t&quot;\""))
        #expect(!LoginView(error: nil, csrf: "t", name: "").rendered().contains("class=\"error\""))
        // The page's body is HTML from a template: the layout does not escape it again.
        let page = LayoutView(title: "<Rapport>", session: nil, body: "<p>ok</p>").rendered()
        #expect(page.contains("<title>&lt;Rapport&gt; – Balans</title>"))
        #expect(page.contains("<h1>&lt;Rapport&gt;</h1>\n<p>ok</p>\n</main>"))
        let message = MessageView.error("Fel & <fel>", back: (.line("A/B", period: Self.april), "Tillbaka"))
        #expect(
            message.rendered()
                == "<p class=\"error\" role=\"alert\">Fel &amp; &lt;fel&gt;</p>"
                + "<p><a href=\"/rad/A%2FB?period=2024-04\">Tillbaka</a></p>")
    }

    /// The menu lists what the role may open, and a committee controller's committee page links
    /// its lines and its forecast form but offers no decision.
    @Test func theViewsCarryTheLinksOfTheRole() async throws {
        let (store, data, hs) = try await Self.demo("hs")
        let menu = try #require(LayoutView(title: "", session: hs, body: "").user)
        #expect(
            menu.links.map(\.url) == [
                "/", "/rapporter", "/mal", "/aktiviteter", "/personal", "/investeringar", "/aviseringar",
                "/losenord",
            ])
        #expect(menu.links.map(\.last) == [false, false, false, false, false, false, false, true])
        let state = try await store.forecastState(period: Self.april, node: "HS")
        let committee = CommitteeView(data, period: Self.april, code: "HS", state: state, session: hs, message: "A & B")
        #expect(committee.forecastLink?.url == "/namnd/HS/prognos?period=2024-04")
        #expect(committee.forecastLink?.whole == nil)
        #expect(committee.review == nil)
        let line = try #require(committee.rows.first { $0.name == data.tree(for: 2024).node("HS-SOM")?.name })
        #expect(line.cells.map(\.link) == Array(repeating: "/rad/HS-SOM?period=2024-04", count: 5))
        #expect(committee.rows.first?.total == true && committee.rows.first?.cells.first?.link == nil)
        #expect(committee.rendered().hasPrefix("<p class=\"ok\" role=\"status\">A &amp; B</p>"))
    }

    /// The central controller's voucher has every row and no summary, with the rows' objects
    /// named; a reader's report list has no reports of today's data.
    @Test func vouchersAndReportsFollowTheRole() async throws {
        let (store, _, _) = try await Self.demo("hs")
        let central = Session(
            user: try #require(try await store.loginLookup(name: "central").user), csrf: "", tokenHash: "")
        let rows = try await store.voucher(id: 175)
        #expect(!rows.isEmpty)
        let year = try #require(Int(rows[0].date.prefix(4)))
        let names = LedgerNames(
            accounts: try await store.accountNames(year: year),
            dimensions: try await store.ledgerDimensions(year: year),
            objects: try await store.ledgerObjectNames(year: year))
        let all = VoucherExtract(rows, amount: \.amount, account: \.account, isOwn: { _ in true })
        let view = VoucherView(all, head: rows[0], names: names, back: .dashboard(period: nil))
        #expect(view.rows.count == rows.count && view.others.isEmpty && !view.partial && view.back == "/")
        #expect(view.rows.map(\.name) == rows.map { names.accounts[$0.account] ?? "" })
        // The demo's vouchers carry verksamhet (dimension 20): each row with one names it.
        for (row, shown) in zip(rows, view.rows) {
            let activity = row.objects.first { $0.dimension == 20 }
            let name = activity.flatMap { names.objects[$0] }
            #expect(activity == nil || shown.objects.contains("Verksamhet \(name ?? "?") (\(activity?.code ?? ""))"))
        }
        #expect(rows.contains { $0.objects.contains { $0.dimension == 20 } })
        let reader = Session(
            user: try #require(try await store.loginLookup(name: "lasare").user), csrf: "", tokenHash: "")
        let reports = ReportsView(kinds: [("ur1", "UR1")], frozen: [], period: Self.april, session: reader)
        #expect(!reports.showCurrent && !reports.anyFrozen)
        #expect(reports.rendered() == "<h2>Fastställda rapporter</h2><p>Inga rapporter är fastställda ännu.</p>")
        let today = ReportsView(kinds: [("ur1", "UR1")], frozen: [], period: Self.april, session: central)
        #expect(today.current.first?.links.map(\.url).first == "/rapporter/ur1?period=2024-04&format=html")
        #expect(today.rendered().contains("<a href=\"/rapporter/ur1?period=2024-04&amp;format=pdf\">pdf</a> · "))
    }

    /// The follow-up page: a central controller sees the items read-only (the committee writes
    /// them), the committee controller editable.
    @Test func theFollowUpItemsAreEditableByTheCommitteeOnly() async throws {
        let (store, data, hs) = try await Self.demo("hs")
        let central = Session(
            user: try #require(try await store.loginLookup(name: "central").user), csrf: "", tokenHash: "")
        let own = FollowUpView(data, period: Self.april, code: "HS", changes: [], session: hs, message: nil, error: nil)
        #expect(own.items.count >= 2)
        #expect(own.items.map(\.heading).prefix(2) == ["Nämndens sammanfattning", "Analys av avvikelser"])
        #expect(own.items.allSatisfy { $0.editable })
        let theirs = FollowUpView(
            data, period: Self.april, code: "HS", changes: [], session: central, message: nil, error: "<x>")
        #expect(theirs.items.allSatisfy { !$0.editable })
        #expect(theirs.rendered().contains("<p class=\"error\" role=\"alert\">&lt;x&gt;</p>"))
    }
}
