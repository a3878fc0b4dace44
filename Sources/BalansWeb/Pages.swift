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
        let view = CommitteeView(data, period: p, code: code, state: state, session: s, message: message)
        return H.page(data.tree(for: p.year).node(code)?.name ?? code, session: s, body: view.rendered())
    }

    /// The forecast form of a committee.
    static func forecastForm(
        _ data: FollowUpData, period p: Period, code: String, state: ForecastState, session s: Session, error: String?
    ) -> String {
        let view = ForecastFormView(data, period: p, code: code, state: state, session: s, error: error)
        let name = data.tree(for: p.year).node(code)?.name ?? code
        return H.page("Prognos \(name)", session: s, body: view.rendered())
    }

    /// A line: its accounts with outcome to the period, each a link to the rows.
    static func line(
        _ data: FollowUpData, period p: Period, code: String, accountNames: [Int: String], session s: Session
    ) -> String {
        let view = LineView(data, period: p, code: code, accountNames: accountNames, session: s)
        return H.page(data.tree(for: p.year).node(code)?.name ?? code, session: s, body: view.rendered())
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
