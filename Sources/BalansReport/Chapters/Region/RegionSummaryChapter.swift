import BalansCore
import Foundation

/// "Sammanfattning" of the region's reports: the result to date and for the year against the budget, the committees forecasting a deficit, and the written summary.
enum RegionSummaryChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let op = c.operating
        let outcome = c.outcome
        let forecast = c.forecast
        let budget = c.budget
        func t(_ m: Money) -> String { c.text(m) }
        var blocks: [Block] = []
        let months = ReportLabels.monthCountWords[p.month - 1]
        let hasBudget = data.budgets.contains { $0.year == p.year }
        if let outcome, !hasBudget {
            // Without a budget every deviation would be the result itself: say so instead.
            blocks.append(
                .paragraph("Resultatet efter \(months) månader uppgår till \(t(outcome.result)).", missing: false))
            blocks.append(
                ReportBuilder.missingText(
                    "budget för \(p.year) är inte inläst: avvikelser mot budget kan inte redovisas"))
        } else if let outcome {
            let dev = op.root.figures.deviationToDate
            blocks.append(
                .paragraph(
                    "Resultatet efter \(months) månader uppgår till \(t(outcome.result)), vilket är \(t(dev.magnitude)) \(dev < .zero ? "sämre" : "bättre") än den periodiserade budgeten.",
                    missing: false))
        } else {
            blocks.append(ReportBuilder.missingText("huvudbok för \(p.year) saknas"))
        }
        if let forecast, let budget {
            let dev = forecast.result - budget.result
            blocks.append(
                .paragraph(
                    "Årets resultat prognostiseras till \(t(forecast.result)) mot budgeterat \(t(budget.result)), en \(ReportBuilder.sign(dev)) avvikelse mot årsbudgeten med \(t(dev.magnitude)).",
                    missing: false))
        }
        let deficits = op.committeesWithForecastDeficit
        if !deficits.isEmpty {
            let names = deficits.map { "\($0.name) (\(t($0.figures.forecastDeviation)))" }
            blocks.append(
                .paragraph(
                    "Nämnder och verksamheter som prognostiserar underskott mot budget: \(names.joined(separator: ", ")).",
                    missing: false))
        }
        blocks.append(
            ReportBuilder.written(
                data, .summary, node: data.tree(for: p.year).root.code, period: p, what: "sammanfattning"))
        return Chapter(id: "sammanfattning", title: "Sammanfattning", blocks: blocks)
    }
}
