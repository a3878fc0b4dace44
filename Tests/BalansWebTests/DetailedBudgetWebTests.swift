import BalansCore
import BalansImport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The committees' detailed budgets on the web (issue 18, item 4): HS's controller makes, saves and submits HS's
/// detailed budget within its frame and sees no other committee's; the central controller approves it into the
/// original budget; a stale save is refused; on both backends.
@Suite struct DetailedBudgetWebTests {
    @Test(arguments: TestBackend.all) func aCommitteeMakesItsBudgetAndCentralApprovesIt(_ backend: TestBackend)
        async throws
    {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        // HS's frame 2024: no plan version is decided, so its regionbidrag (3990) in the original budget 2024.
        let hsLines = Set(data.tree(for: 2024).subtree("HS").map(\.code))
        let original = data.budgets.filter { $0.year == 2024 && $0.isOriginal }
        let frame = original.filter { hsLines.contains($0.node) && $0.account == 3990 }.map(\.amount).sum()
        #expect(frame == Money(kronor: 5_700_000_000))
        // Staff 12,5 × 38 450 × 12 × 1,415 = 8 161 012,50 kr; a row of −1 000 000 kr: net cost 9 161 012,50 kr.
        let netCost = Money(ore: 916_101_250)
        let url = "/namnd/HS/detaljbudget?ar=2024"
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let committee = String(buffer: try await hs.get("/namnd/HS").body)
            #expect(committee.contains("href=\"/namnd/HS/detaljbudget\""))
            let empty = try await hs.get(url)
            #expect(empty.status == .ok)
            let page = String(buffer: empty.body)
            #expect(page.contains("<td class=\"num\">\(HTML.kronor(frame))</td>"))
            #expect(page.contains("Ingen planversion för 2024 är beslutad (budget-2024 är ett förslag)"))
            let csrf = try #require(Browser.csrf(in: page))
            // HS's controller neither sees nor saves another committee's budget, nor approves, nor sees the overview.
            #expect(try await hs.get("/namnd/ADH/detaljbudget?ar=2024").status == .forbidden)
            #expect(
                try await hs.post("/namnd/ADH/detaljbudget?ar=2024", form: ["csrf": csrf, "version": "0"]).status
                    == .forbidden)
            #expect(try await hs.get("/detaljbudget?ar=2024").status == .forbidden)

            var form = [
                "csrf": csrf, "version": "0", "lines": "1", "staffRows": "1", "node_0": "HS-SOM", "account_0": "6990",
                "amount_0": "−1 000 000", "profile_0": "last-year", "snode_0": "HS-SOM", "saccount_0": "5010",
                "category_0": "Sjuksköterskor", "fte_0": "12,5", "salary_0": "38 450", "po_0": "41,5",
            ]
            // A regionbidrag row is refused, named by its row; nothing saved, what was typed kept.
            var bad = form
            bad["account_0"] = "3990"
            let refused = try await hs.post(url, form: bad)
            #expect(refused.status == .unprocessableContent)
            let refusedPage = String(buffer: refused.body)
            #expect(refusedPage.contains("Rad 1: konto 3990 är internt"))
            #expect(refusedPage.contains("value=\"Sjuksköterskor\""))
            form["action"] = "submit"
            let saved = try await hs.post(url, form: form)
            #expect(saved.status == .seeOther)
            let after = String(buffer: try await hs.get(url).body)
            #expect(after.contains("<td class=\"num\">\(HTML.kronor(netCost))</td>"))
            #expect(after.contains(HTML.kronor(frame - netCost)))
            #expect(after.contains("<strong>Inlämnad</strong> (version 2"))
            #expect(after.contains(HTML.kronor(Money(ore: -816_101_250))))
            #expect(!after.contains("Godkänn"))
            // A save on version 0 now: refused, nothing lost.
            form["action"] = "save"
            let stale = try await hs.post(url, form: form)
            #expect(stale.status == .conflict)
            #expect(String(buffer: stale.body).contains("Detaljbudgeten har ändrats av någon annan"))
            #expect(
                try await hs.post("/namnd/HS/detaljbudget/godkann?ar=2024", form: ["csrf": csrf, "version": "2"])
                    .status == .forbidden)

            var central = Browser(client: client)
            try await central.login("central")
            let review = String(buffer: try await central.get(url).body)
            #expect(review.contains("<button type=\"submit\">Godkänn</button>"))
            let centralCSRF = try #require(Browser.csrf(in: review))
            let approved = try await central.post(
                "/namnd/HS/detaljbudget/godkann?ar=2024", form: ["csrf": centralCSRF, "version": "2"])
            #expect(approved.status == .seeOther)
            let overview = String(buffer: try await central.get("/detaljbudget?ar=2024").body)
            #expect(overview.contains("<a href=\"/namnd/HS/detaljbudget?ar=2024\">") && overview.contains("Godkänd"))
            let plan = String(buffer: try await central.get("/plan").body)
            #expect(plan.contains("href=\"/detaljbudget?ar=2025\""))
        }
        // The original budget 2024: HS's external rows are the detailed budget's, its regionbidrag and the other
        // committees' rows as they were.
        let now = try await store.followUpData().budgets.filter { $0.year == 2024 && $0.isOriginal }
        let hsExternal = now.filter { hsLines.contains($0.node) && $0.account != 3990 }
        #expect(Set(hsExternal.map { "\($0.node) \($0.account ?? 0)" }) == ["HS-SOM 6990", "HS-SOM 5010"])
        #expect(hsExternal.map(\.amount).sum() == -netCost)
        #expect(hsExternal.allSatisfy { $0.monthly.sum() == $0.amount })
        #expect(
            now.filter { hsLines.contains($0.node) && $0.account == 3990 }
                == original.filter { hsLines.contains($0.node) && $0.account == 3990 })
        #expect(now.filter { !hsLines.contains($0.node) } == original.filter { !hsLines.contains($0.node) })
    }
}

/// The detailed budget's Excel round-trip: the template of the committee's rows, an upload with every wrong cell
/// named, the preview and the save as a draft.
@Suite struct DetailedBudgetTemplateTests {
    @Test(arguments: TestBackend.all) func theDetailedBudgetGoesOutAndComesBack(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let hsLines = Set(data.tree(for: 2024).subtree("HS").map(\.code))
        // Before the first save: HS's external rows of the original budget 2024, in the store's order.
        let rows = data.budgets.filter {
            $0.year == 2024 && $0.isOriginal && hsLines.contains($0.node) && $0.account != nil && $0.account != 3990
        }
        try #require(rows.count > 3)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS/detaljbudget?ar=2024").body)
            #expect(page.contains("href=\"/namnd/HS/detaljbudget/mall?ar=2024\""))
            let csrf = try #require(Browser.csrf(in: page))
            #expect(try await hs.get("/namnd/ADH/detaljbudget/mall?ar=2024").status == .forbidden)
            let download = try await hs.get("/namnd/HS/detaljbudget/mall?ar=2024")
            #expect(download.status == .ok && download.headers[.contentType] == TemplateController.xlsx)
            let book = Data(buffer: download.body)
            let cells = try XLSXSheetReader.cells(of: book, sheet: "Detaljbudget")
            #expect(cells["AD1"] == "Fjolårets profil (ja)")
            for (i, r) in rows.enumerated() {
                #expect(cells["A\(i + 2)"] == r.node.rawValue && cells["C\(i + 2)"] == r.account.map(String.init))
                #expect(XLSXTemplate.kronor(cells["E\(i + 2)"] ?? "") == r.amount, "row \(i + 2)")
            }
            let bad = try BudgetTemplateTests.patched(book, ["E3": "tio", "C4": "3990", "AD5": "kanske"])
            let refused = try await BudgetTemplateTests.multipart(
                &hs, "/namnd/HS/detaljbudget/mall?ar=2024", fields: ["csrf": csrf, "version": "0"], file: bad)
            #expect(refused.status == .unprocessableContent)
            let refusedPage = String(buffer: refused.body)
            #expect(refusedPage.contains("Detaljbudget!E3: &quot;tio&quot; är inte ett belopp"))
            #expect(refusedPage.contains("Detaljbudget!A4: konto 3990 är internt"))
            #expect(refusedPage.contains("Detaljbudget!AD5:"))

            // Row 2 one million kronor more costly, row 3 with last year's profile: the net cost rises by 1 000 000.
            let good = try BudgetTemplateTests.patched(
                book, ["E2": (rows[0].amount - Money(kronor: 1_000_000)).description, "AD3": "ja"])
            let preview = try await BudgetTemplateTests.multipart(
                &hs, "/namnd/HS/detaljbudget/mall?ar=2024", fields: ["csrf": csrf, "version": "0"], file: good)
            #expect(preview.status == .ok)
            let previewPage = String(buffer: preview.body)
            let netCost = -rows.map(\.amount).sum() + Money(kronor: 1_000_000)
            #expect(previewPage.contains("<td class=\"num\">\(HTML.kronor(netCost))</td>"))
            var fields = BudgetTemplateTests.fields(previewPage)
            fields["action"] = "save"
            let saved = try await BudgetTemplateTests.multipart(
                &hs, "/namnd/HS/detaljbudget/mall?ar=2024", fields: fields, file: nil)
            #expect(saved.status == .seeOther)
            // The same preview saved again is on an old version: refused.
            let stale = try await BudgetTemplateTests.multipart(
                &hs, "/namnd/HS/detaljbudget/mall?ar=2024", fields: fields, file: nil)
            #expect(stale.status == .conflict)
        }
        let (budget, state) = try await store.detailedBudget(year: 2024, committee: "HS")
        #expect(state.version == 1 && state.status == .draft && budget.lines.count == rows.count)
        #expect(budget.lines[0].amount == rows[0].amount - Money(kronor: 1_000_000))
        #expect(budget.lines[1].profile == .lastYear && budget.lines[1].amount == rows[1].amount)
        #expect(budget.lines.allSatisfy { $0.monthly.sum() == $0.amount })
        #expect(budget.netCost == -rows.map(\.amount).sum() + Money(kronor: 1_000_000))
    }
}
