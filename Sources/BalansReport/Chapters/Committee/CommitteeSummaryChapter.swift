import BalansCore
import Foundation

/// "Sammanfattning" of the committee report: the period's result and the forecast against the
/// budget, per area, and the committee's own words.
enum CommitteeSummaryChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        var blocks = c.yearIsClosed ? yearResult(c) : periodAndForecast(c)
        // The committee's own words: its summary, and its analysis where it deviates.
        let op = c.operating
        let f = op.root.figures
        let p = c.period
        let own = c.own(op.root.name)
        blocks.append(.heading(c.say(.ownSummary, own)))
        blocks.append(c.written(.summary, what: c.say(.ownSummary, own.lowercased())))
        if let analysis = c.data.text(.deviationAnalysis, node: op.root.code, period: p) {
            blocks.append(.heading(c.label(.deviationAnalysis)))
            blocks.append(.paragraph(analysis, missing: false))
        } else if !(c.yearIsClosed ? f.deviationToDate : f.forecastDeviation).isZero {
            blocks.append(.heading(c.label(.deviationAnalysis)))
            blocks.append(c.missing(c.say(.ownAnalysis, own.lowercased())))
        }
        return Chapter(id: "sammanfattning", title: c.label(.summary), blocks: blocks)
    }

    /// A closed year (the annual report): the year's result against the budget, per area — no forecast is left.
    static func yearResult(_ c: ReportContext) -> [Block] {
        let op = c.operating
        let f = op.root.figures
        var blocks: [Block] = [
            .heading(c.label(.yearResultHeading)),
            .paragraph(
                c.say(.committeeYearResult, String(c.period.year), c.amount(f.outcome), c.amount(f.deviationToDate)),
                missing: false),
        ]
        let areas = op.children(of: op.root.code)
        if !areas.isEmpty {
            blocks.append(.list(areas.map { yearDeviation(c, $0) }))
        }
        return blocks
    }

    /// "Name: överskott 32,0 mnkr mot budget" — the year's outcome against the annual budget.
    static func yearDeviation(_ c: ReportContext, _ r: OperatingRow) -> String {
        let d = r.figures.deviationToDate
        let sentence: ReportSentence = d.isZero ? .yearOnBudget : d < .zero ? .yearDeficit : .yearSurplus
        return c.say(sentence, r.name, c.amount(d.magnitude))
    }

    /// The period's result and the full-year forecast against the budget, per area.
    static func periodAndForecast(_ c: ReportContext) -> [Block] {
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
                        let f = a.figures
                        // Where the forecast moved since the last report, its deviation then (seed 001: "har ökat
                        // från −14,4 mnkr till −19,4 mnkr") and the change.
                        var change = ""
                        if let moved = f.forecastChange, !moved.isZero, let before = f.previousForecastDeviation,
                            let prev = op.previousForecastPeriod
                        {
                            change = c.say(.change, c.words.monthCount(prev.month), c.amount(before), c.amount(moved))
                        }
                        let d = f.forecastDeviation
                        let sentence: ReportSentence =
                            d.isZero ? .areaForecastDeviation : d < .zero ? .areaForecastDeficit : .areaForecastSurplus
                        return c.say(sentence, a.name, c.amount(d.magnitude), change)
                    }))
        }
        return blocks
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
