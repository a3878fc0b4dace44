import BalansCore
import Foundation

/// "Sammanfattning" of the committee report: the period's result and the forecast against the
/// budget, per area, and the committee's own words.
enum CommitteeSummaryChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let op = c.operating
        let f = op.root.figures
        var blocks: [Block] = [
            .heading(c.label(.periodResult)),
            .paragraph(
                c.say(
                    .committeeResult, c.words.monthCount(p.month), c.amount(f.outcome),
                    c.amount(f.deviationToDate.magnitude), c.label(f.deviationToDate < .zero ? .worse : .better)),
                missing: false),
            .heading(c.label(.annualForecastHeading)),
        ]
        var forecastText = c.say(
            .committeeForecast, String(p.year), c.amount(f.forecast), c.amount(f.forecastDeviation))
        if let change = f.forecastChange, let prev = op.previousForecastPeriod {
            let months = c.words.monthCount(prev.month)
            forecastText +=
                change.isZero
                ? c.say(.forecastUnchanged, months)
                : c.say(
                    .forecastChanged, c.label(change < .zero ? .deterioration : .improvement),
                    c.amount(change.magnitude), months)
        }
        blocks.append(.paragraph(forecastText, missing: false))
        let areas = op.children(of: op.root.code)
        if !areas.isEmpty {
            blocks.append(
                .list(
                    areas.map { a in
                        let change = a.figures.forecastChange.map { $0.isZero ? "" : c.say(.change, c.amount($0)) }
                        return c.say(
                            .areaForecastDeviation, a.name, c.amount(a.figures.forecastDeviation), change ?? "")
                    }))
        }
        // The committee's own words: its summary, and its analysis where it deviates.
        let own = c.own(op.root.name)
        blocks.append(.heading(c.say(.ownSummary, own)))
        blocks.append(c.written(.summary, what: c.say(.ownSummary, own.lowercased())))
        if let analysis = c.data.text(.deviationAnalysis, node: op.root.code, period: p) {
            blocks.append(.heading(c.label(.deviationAnalysis)))
            blocks.append(.paragraph(analysis, missing: false))
        } else if !f.forecastDeviation.isZero {
            blocks.append(.heading(c.label(.deviationAnalysis)))
            blocks.append(c.missing(c.say(.ownAnalysis, own.lowercased())))
        }
        return Chapter(id: "sammanfattning", title: c.label(.summary), blocks: blocks)
    }

    /// The summary when the ledger ends before the period: its figures would pass for
    /// January–period, so none are shown.
    static func ledgerEndsEarly(_ c: ReportContext, booksClosedTo: Int) -> Chapter {
        let text = c.say(.ledgerEndsEarly, String(c.period.year), c.words.month(booksClosedTo), c.span)
        return Chapter(id: "sammanfattning", title: c.label(.summary), blocks: [.paragraph(text, missing: false)])
    }

    /// The summary without a ledger or budget for the year.
    static func noFigures(_ c: ReportContext) -> Chapter {
        Chapter(
            id: "sammanfattning", title: c.label(.summary),
            blocks: [.paragraph(c.say(.noLedgerOrBudget, String(c.period.year)), missing: false)])
    }
}
