import BalansCore
import BalansReport
import BalansStore
import Foundation

/// The HTML pages. Each is a function of the data snapshot and the session: the figures come
/// from BalansCore, the same computations as the reports (no figure computed twice).
enum Pages {
    typealias H = HTML

    static func login(error: String?, csrf: String, name: String = "") -> String {
        H.page("Logga in", session: nil, body: LoginView(error: error, csrf: csrf, name: name).rendered())
    }

    /// The region (or, for a committee controller, the own committee) at a glance.
    /// The dashboard's content (without the page around it, which carries the user): the same
    /// for every central controller, so it is computed once per data version and period.
    static func dashboardBody(
        _ data: FollowUpData, period p: Period, session s: Session, statement op: OperatingStatement,
        ratios r: KeyRatioReport, charts: String
    ) -> String {
        let tree = data.tree(for: p.year)
        var body =
            "<p>Period: \(H.esc(ReportLabelsWeb.longSpan(p))). <a href=\"\(H.href(.reports(period: nil)))\">Rapporter</a></p>"
        if s.may(.region) {
            func pct(_ d: Decimal?) -> String { d.map { SwedishNumberFormat.percent($0, decimals: 1) } ?? "–" }
            body += """
                <section aria-labelledby="h-nyckeltal"><h2 id="h-nyckeltal">Nyckeltal</h2><div class="grid">
                <div class="card"><div>Resultat efter \(p.month) månader</div><div class="big">\(H.mnkrWhole(op.root.figures.outcome))\u{A0}mnkr</div></div>
                <div class="card"><div>Prognos avvikelse mot budget \(p.year)</div><div class="big\(op.root.figures.forecastDeviation < .zero ? " neg" : "")">\(H.mnkrWhole(op.root.figures.forecastDeviation))\u{A0}mnkr</div></div>
                <div class="card"><div>Nettokostnadsandel, prognos</div><div class="big">\(pct(r.forecast.netCostShare?.total))</div></div>
                <div class="card"><div>Soliditet</div><div class="big">\(pct(r.outcome.equityRatio))</div></div>
                </div></section>
                """
            let deficits = op.committeesWithForecastDeficit
            if !deficits.isEmpty {
                body +=
                    "<p class=\"notice\">Prognostiserat underskott: "
                    + deficits.map {
                        "<a href=\"\(H.href(.committee($0.code, period: p)))\">\(H.esc($0.name))</a> (\(H.mnkr($0.figures.forecastDeviation)) mnkr)"
                    }.joined(separator: ", ") + "</p>"
            }
        }
        let committees = op.rows.filter { $0.kind == .committee && s.may(.read($0.code, in: tree)) }
        body +=
            "<table><caption>Resultat och prognos per nämnd (mnkr)</caption><thead><tr><th scope=\"col\">Nämnd</th><th scope=\"col\" class=\"num\">Utfall</th><th scope=\"col\" class=\"num hide-narrow\">Budget t.o.m. perioden</th><th scope=\"col\" class=\"num\">Avvikelse</th><th scope=\"col\" class=\"num\">Prognos avvikelse helår</th></tr></thead><tbody>"
        for c in committees {
            let f = c.figures
            body +=
                "<tr><th scope=\"row\"><a href=\"\(H.href(.committee(c.code, period: p)))\">\(H.esc(c.name))</a></th><td class=\"num\"><a href=\"\(H.href(.committee(c.code, period: p)))\">\(H.mnkr(f.outcome))</a></td><td class=\"num hide-narrow\">\(H.mnkr(f.budgetToDate))</td><td class=\"num\">\(H.mnkr(f.deviationToDate))</td><td class=\"num\">\(H.mnkr(f.forecastDeviation))</td></tr>"
        }
        body += "</tbody></table>"
        if s.may(.region) {
            body +=
                "<section aria-labelledby=\"h-diagram\"><h2 id=\"h-diagram\">Diagram</h2><style>.chart svg{max-width:100%;height:auto;font-size:13px}.chart .label,.chart .value{fill:#1a1a1a}figcaption{font-size:.85rem}</style>\(charts)</section>"
        }
        return body
    }

    /// A committee: its lines with outcome, budget and forecast, each a link to its accounts;
    /// the forecast workflow's status and actions.
    static func committee(
        _ data: FollowUpData, period p: Period, code: String, state: ForecastState, session s: Session, message: String?
    ) -> String {
        let tree = data.tree(for: p.year)
        let op = OperatingStatement.compute(data, period: p, root: code)
        var body = message.map { "<p class=\"ok\" role=\"status\">\(H.esc($0))</p>" } ?? ""
        body +=
            "<p>\(H.esc(ReportLabelsWeb.longSpan(p))). Prognos i Balans: <strong>\(state.version == 0 ? "ingen inlämnad för perioden (rapporterna visar den inlästa)" : H.esc(Labels.status[state.status] ?? ""))</strong>\(state.version > 0 ? " (version \(state.version), \(H.esc(state.updatedBy)))" : "")\(state.comment.isEmpty ? "" : " – \(H.esc(state.comment))")</p>"
        body +=
            "<table><caption>Driftredovisning (mnkr)</caption><thead><tr><th scope=\"col\">Verksamhet</th><th scope=\"col\" class=\"num\">Utfall</th><th scope=\"col\" class=\"num\">Budget t.o.m. perioden</th><th scope=\"col\" class=\"num\">Prognos helår</th><th scope=\"col\" class=\"num\">Budget helår</th><th scope=\"col\" class=\"num\">Avvikelse helår</th></tr></thead><tbody>"
        for r in op.rows {
            let f = r.figures
            // Every figure of a line is a link to its accounts; a group's to the group's own page.
            let target: Page? =
                r.isLeaf ? .line(r.code, period: p) : (r.code == code ? nil : .committee(r.code, period: p))
            func cell(_ m: Money) -> String {
                "<td class=\"num\">" + (target.map { "<a href=\"\(H.href($0))\">\(H.mnkr(m))</a>" } ?? H.mnkr(m))
                    + "</td>"
            }
            body +=
                "<tr\(r.code == code ? " class=\"total\"" : "")><th scope=\"row\" style=\"padding-left:\(0.5 + Double(r.depth) * 1.2)rem\">\(H.esc(r.name))</th>\(cell(f.outcome))\(cell(f.budgetToDate))\(cell(f.forecast))\(cell(f.annualBudget))\(cell(f.forecastDeviation))</tr>"
        }
        body += "</tbody></table>"
        // The forecast is entered for the whole committee (its lines belong to it).
        if let unit = tree.forecastUnit(of: code), s.may(.write(unit, in: tree)) {
            let whose = unit == code ? "" : " (hela \(H.esc(tree.node(unit)?.name ?? unit)))"
            body +=
                "<p><a href=\"\(H.href(.forecastForm(unit, period: p)))\">Lämna prognos för \(H.esc(ReportLabelsWeb.longSpan(p)))\(whose)</a></p>"
        }
        body +=
            "<p><a href=\"\(H.href(.followUp(code, period: p)))\">Texter, aktiviteter och indikatorer</a></p>"
        if s.may(.approve) && state.status == .submitted && tree.forecastUnit(of: code) == code {
            body += """
                <form method="post" action="\(H.href(.forecastDecision(code, .approve, period: p)))"><input type="hidden" name="csrf" value="\(H.esc(s.csrf))"><input type="hidden" name="version" value="\(state.version)">
                <button type="submit">Godkänn prognosen</button></form>
                <form method="post" action="\(H.href(.forecastDecision(code, .return, period: p)))"><input type="hidden" name="csrf" value="\(H.esc(s.csrf))"><input type="hidden" name="version" value="\(state.version)">
                <p><label for="comment">Kommentar till nämnden</label><br><textarea id="comment" name="comment" rows="2" cols="60" required></textarea></p>
                <button class="secondary" type="submit">Returnera</button></form>
                """
        }
        return H.page(tree.node(code)?.name ?? code, session: s, body: body)
    }

    /// The forecast form: one amount per line and account of the committee's budget, in
    /// kronor, with a comment per line; the version it was opened on travels with it.
    static func forecastForm(
        _ data: FollowUpData, period p: Period, code: String, state: ForecastState, session s: Session, error: String?
    ) -> String {
        let tree = data.tree(for: p.year)
        let rows = ForecastEntry.rows(data, period: p, committee: code)
        var body = error.map { "<p class=\"error\" role=\"alert\">\(H.esc($0))</p>" } ?? ""
        let editable = state.status == .draft || state.status == .returned
        body +=
            "<p>Helårsprognos per verksamhet och konto i kronor (intäkter positiva, kostnader negativa). Status: <strong>\(H.esc(Labels.status[state.status] ?? ""))</strong>.</p>"
        body +=
            "<form method=\"post\" action=\"\(H.href(.forecastForm(code, period: p)))\"><input type=\"hidden\" name=\"csrf\" value=\"\(H.esc(s.csrf))\"><input type=\"hidden\" name=\"version\" value=\"\(state.version)\">"
        body +=
            "<table><caption>Prognos \(p.year)</caption><thead><tr><th scope=\"col\">Verksamhet</th><th scope=\"col\">Konto</th><th scope=\"col\" class=\"num\">Budget helår</th><th scope=\"col\" class=\"num\">Prognos helår (kr)</th><th scope=\"col\">Kommentar</th></tr></thead><tbody>"
        for (i, r) in rows.enumerated() {
            let name = tree.node(r.node)?.name ?? r.node
            body +=
                "<tr><th scope=\"row\">\(H.esc(name))</th><td>\(r.account.map(String.init) ?? "")</td><td class=\"num\">\(H.kr(r.budget))</td>"
            body +=
                "<td class=\"num\"><input class=\"amount\" type=\"text\" inputmode=\"decimal\" name=\"amount_\(i)\" aria-label=\"Prognos \(H.esc(name)) konto \(r.account.map(String.init) ?? "")\" value=\"\(H.formAmount(r.forecast))\"\(editable ? "" : " readonly")></td>"
            body +=
                "<td><input type=\"text\" name=\"comment_\(i)\" aria-label=\"Kommentar \(H.esc(name))\" value=\"\(H.esc(r.comment))\"\(editable ? "" : " readonly")></td></tr>"
        }
        body += "</tbody></table>"
        if editable {
            body +=
                "<p><button type=\"submit\" name=\"action\" value=\"save\">Spara utkast</button> <button type=\"submit\" name=\"action\" value=\"submit\">Spara och lämna in</button></p>"
        }
        body += "</form>"
        return H.page("Prognos \(tree.node(code)?.name ?? code)", session: s, body: body)
    }

    /// A line: its accounts with outcome to the period, each a link to the rows.
    static func line(
        _ data: FollowUpData, period p: Period, code: String, accountNames: [Int: String], session s: Session
    ) -> String {
        let tree = data.tree(for: p.year)
        let node = tree.node(code)
        let accounts = AccountBreakdown.compute(data, node: code, period: p)
        // Back to the group above, when the reader may open it (a user scoped to this line may not).
        let back = node?.parent.flatMap {
            s.may(.read($0, in: tree)) ? "<p><a href=\"\(H.href(.committee($0, period: p)))\">Tillbaka</a></p>" : nil
        }
        var body =
            (back ?? "")
            + "<table><caption>Per konto \(H.esc(ReportLabelsWeb.longSpan(p))) (kr)</caption><thead><tr><th scope=\"col\">Konto</th><th scope=\"col\" class=\"num\">Utfall</th><th scope=\"col\" class=\"num\">Budget helår</th><th scope=\"col\" class=\"num\">Prognos helår</th></tr></thead><tbody>"
        for a in accounts {
            let label = a.account.map { "\($0) \(H.esc(accountNames[$0] ?? ""))" } ?? "Utan konto"
            let outcome =
                a.account.map { "<a href=\"\(H.href(.account(code, account: $0, period: p)))\">\(H.kr(a.outcome))</a>" }
                ?? H.kr(a.outcome)
            body +=
                "<tr><th scope=\"row\">\(label)</th><td class=\"num\">\(outcome)</td><td class=\"num\">\(H.kr(a.annualBudget))</td><td class=\"num\">\(H.kr(a.forecast))</td></tr>"
        }
        body +=
            "<tr class=\"total\"><th scope=\"row\">Summa</th><td class=\"num\">\(H.kr(accounts.map(\.outcome).sum()))</td><td class=\"num\">\(H.kr(accounts.map(\.annualBudget).sum()))</td><td class=\"num\">\(H.kr(accounts.map(\.forecast).sum()))</td></tr></tbody></table>"
        return H.page(node?.name ?? code, session: s, body: body)
    }

    /// Transaction rows, of an account or of a voucher.
    static func ledgerRows(_ rows: [Store.VoucherRow], title: String, back: Page, session s: Session) -> String {
        H.page(title, session: s, body: LedgerRowsView(rows, back: back, session: s).rendered())
    }

    static func audit(_ entries: [AuditEntry], session s: Session) -> String {
        H.page("Granskningslogg", session: s, body: AuditView(entries).rendered())
    }

    static func reports(kinds: [(String, String)], frozen: [FrozenReport], period p: Period, session s: Session)
        -> String
    {
        H.page(
            "Rapporter", session: s, body: ReportsView(kinds: kinds, frozen: frozen, period: p, session: s).rendered())
    }
}

extension Pages {
    /// A page made of report chapters: staff, investments, goals and activities are the same
    /// values as in the reports (`chapters` lists the ids wanted), for the region or, for a
    /// committee controller, the own committee.
    static func chapters(_ report: Report, ids: [String], title: String, session s: Session) -> String {
        let found = report.chapters.filter { ids.contains($0.id) }
        var body = "<p>\(H.esc(report.subtitle))</p>"
        if found.isEmpty { body += "<p class=\"notice\">Det finns inga uppgifter för perioden.</p>" }
        for c in found { body += "<section><h2>\(H.esc(c.title))</h2>\(HTMLRenderer.fragment(c))</section>" }
        return H.page(
            title, session: s,
            body:
                "<style>.table-wrap{overflow-x:auto}.footnote{font-size:.85rem}.missing{background:#fff4ce;border-left:4px solid #8a6100;padding:.4rem .7rem}.chart svg{max-width:100%;height:auto}</style>"
                + body)
    }
}

enum ReportLabelsWeb {
    static func longSpan(_ p: Period) -> String { ReportLabels.longSpan(p.year, p.month) }
}
