import BalansCore
import Foundation

/// "Sammanfattning" of the region's reports: the result to date and for the year against the
/// budget, the committees forecasting a deficit, and the written summary.
enum RegionSummaryChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let year = String(p.year)
        var blocks: [Block] = []
        let months = c.words.monthCount(p.month)
        if let outcome = c.outcome, !c.hasBudget {
            // Without a budget every deviation would be the result itself: say so instead.
            blocks.append(.paragraph(c.say(.resultAfterMonths, months, c.amount(outcome.result)), missing: false))
            blocks.append(c.missing(c.say(.budgetNotRead, year)))
        } else if let outcome = c.outcome {
            let dev = c.operating.root.figures.deviationToDate
            let text = c.say(
                .resultAfterMonthsAgainstBudget, months, c.amount(outcome.result), c.amount(dev.magnitude),
                c.label(dev < .zero ? .worse : .better))
            blocks.append(.paragraph(text, missing: false))
        } else {
            blocks.append(c.missing(c.say(.ledgerMissing, year)))
        }
        if let forecast = c.forecast, let budget = c.budget {
            let dev = forecast.result - budget.result
            let text = c.say(
                .yearForecastAgainstBudget, c.amount(forecast.result), c.amount(budget.result), c.sign(dev),
                c.amount(dev.magnitude))
            blocks.append(.paragraph(text, missing: false))
        }
        let deficits = c.operating.committeesWithForecastDeficit
        if !deficits.isEmpty {
            let names = deficits.map { c.say(.nameWithAmount, $0.name, c.amount($0.figures.forecastDeviation)) }
            blocks.append(.paragraph(c.say(.committeesInDeficit, names.joined(separator: ", ")), missing: false))
        }
        blocks.append(c.written(.summary, what: .summaryWhat))
        return Chapter(id: "sammanfattning", title: c.label(.summary), blocks: blocks)
    }
}
