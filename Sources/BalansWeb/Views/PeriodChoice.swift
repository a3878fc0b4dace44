import BalansCore
import BalansReport
import Mustache

/// The period selector at the top of every page that shows a report period (`?period=YYYY-MM`): a GET form to the
/// same page, listing the periods with data (`FollowUpData.ledgerPeriods`), the page's own chosen. It needs no
/// script: the reader picks a period and presses "Visa".
struct PeriodChoice: Sendable, MustacheView {
    /// The page's path, where the form goes.
    var action: String
    /// The page's other query values (a drill-down's order, the form's unit), kept as hidden fields.
    var hidden: [Field]
    var options: [Option]

    struct Field: Sendable, MustacheView {
        var name, value: String
    }
    struct Option: Sendable, MustacheParent {
        var value, label: String
        var selected: Bool

        /// Every page lists every month: its three names answered directly, not by reflection (a fifth of a
        /// cached page's CPU went to reflecting these).
        func child(named name: String) -> Any? {
            switch name {
            case "value": value
            case "label": label
            case "selected": selected
            default: nil
            }
        }
    }

    /// The selector of the page at `place` (a path and query); nil for a page without a period, or no periods.
    init?(place: String, periods: [Period]) {
        guard !periods.isEmpty, let page = Page(url: place), let periodic = page.periodic else { return nil }
        let current = periodic.period ?? periods.first
        let halves = periodic.at(nil).url.split(separator: "?", maxSplits: 1)
        action = String(halves[0])
        hidden = (halves.count > 1 ? halves[1].split(separator: "&") : []).compactMap { pair in
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard kv.count == 2, let name = Page.decode(kv[0]), let value = Page.decode(kv[1]) else { return nil }
            return Field(name: name, value: value)
        }
        var listed = periods
        // A period asked for without data of its own is still the page's: listed, so the form shows it.
        if let current, !listed.contains(current) { listed.insert(current, at: 0) }
        options = listed.map {
            Option(
                value: $0.description, label: ReportLabels.longSpan($0.year, $0.month), selected: $0 == current)
        }
    }
}

extension Page {
    /// For a page that shows a report period: the period asked for (nil: the newest) and the same page at another
    /// period, without the notice of the step before and from a drill-down's first page. Nil for other addresses
    /// (forms' posts, downloads, the API, pages of a year or of no period).
    var periodic: (period: Period?, at: @Sendable (Period?) -> Page)? {
        switch self {
        case .dashboard(let p): return (p, { .dashboard(period: $0) })
        case .committee(let c, let p, _): return (p, { .committee(c, period: $0) })
        case .forecastForm(let c, let p, let unit, _): return (p, { .forecastForm(c, period: $0, unit: unit) })
        case .forecastReview(let c, let p, _): return (p, { .forecastReview(c, period: $0) })
        case .followUp(let c, let p, _): return (p, { .followUp(c, period: $0) })
        case .line(let c, let p): return (p, { .line(c, period: $0) })
        case .account(let c, let account, let p, let listing, nil):
            let first = RowListing(sort: listing.sort, descending: listing.descending)
            return (p, { .account(c, account: account, period: $0, listing: first) })
        case .status(let p, _): return (p, { .status(period: $0) })
        case .chapters(let page, let p): return (p, { .chapters(page, period: $0) })
        case .reports(let p): return (p, { .reports(period: $0) })
        default: return nil
        }
    }
}
