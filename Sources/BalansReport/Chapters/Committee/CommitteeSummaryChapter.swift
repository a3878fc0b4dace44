import BalansCore
import Foundation

/// "Sammanfattning" of the committee report: the period's result and the forecast against the budget, per area, and the committee's own words.
enum CommitteeSummaryChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let op = c.operating
        func t(_ m: Money) -> String { c.amount(m) }
        let f = op.root.figures
        let months = ReportLabels.monthCountWords[p.month - 1]
        var blocks: [Block] = [
            .heading("Periodens resultat"),
            .paragraph(
                "Resultatet efter \(months) månader är \(t(f.outcome)) och jämfört med periodens budget är det \(t(f.deviationToDate.magnitude)) \(f.deviationToDate < .zero ? "sämre" : "bättre") än budgeterat resultat.",
                missing: false),
            .heading("Prognos för helår"),
        ]
        var forecastText =
            "Den ekonomiska prognosen för \(p.year) är \(t(f.forecast)), en avvikelse mot budget på \(t(f.forecastDeviation))."
        if let change = f.forecastChange, let prev = op.previousForecastPeriod {
            let word = change < .zero ? "försämring" : (change.isZero ? "oförändrad prognos" : "förbättring")
            forecastText +=
                change.isZero
                ? " Prognosen är oförändrad sedan uppföljningen efter \(ReportLabels.monthCountWords[prev.month - 1]) månader."
                : " Det är en \(word) med \(t(change.magnitude)) jämfört med uppföljningen efter \(ReportLabels.monthCountWords[prev.month - 1]) månader."
        }
        blocks.append(.paragraph(forecastText, missing: false))
        let areas = op.children(of: op.root.code)
        if !areas.isEmpty {
            blocks.append(
                .list(
                    areas.map {
                        "\($0.name): prognostiserad avvikelse \(t($0.figures.forecastDeviation))\($0.figures.forecastChange.map { c in c.isZero ? "" : " (förändring \(t(c)))" } ?? "")"
                    }))
        }
        // The committee's own words: its summary, and its analysis where it deviates.
        blocks.append(.heading("Nämndens sammanfattning"))
        blocks.append(
            ReportBuilder.written(data, .summary, node: op.root.code, period: p, what: "nämndens sammanfattning"))
        if let analysis = data.text(.deviationAnalysis, node: op.root.code, period: p) {
            blocks.append(.heading("Analys av avvikelser"))
            blocks.append(.paragraph(analysis, missing: false))
        } else if !f.forecastDeviation.isZero {
            blocks.append(.heading("Analys av avvikelser"))
            blocks.append(ReportBuilder.missingText("nämndens analys av avvikelser"))
        }
        return Chapter(id: "sammanfattning", title: "Sammanfattning", blocks: blocks)
    }

    /// The summary when the ledger ends before the period: its figures would pass for
    /// January–period, so none are shown.
    static func ledgerEndsEarly(_ c: ReportContext, booksClosedTo: Int) -> Chapter {
        let p = c.period
        return Chapter(
            id: "sammanfattning", title: "Sammanfattning",
            blocks: [
                .paragraph(
                    "Huvudboken för \(p.year) sträcker sig bara till och med \(ReportLabels.months[booksClosedTo - 1]): det ekonomiska utfallet för \(ReportLabels.span(p.month)) kan inte redovisas.",
                    missing: false)
            ])
    }

    /// The summary without a ledger or budget for the year.
    static func noFigures(_ c: ReportContext) -> Chapter {
        Chapter(
            id: "sammanfattning", title: "Sammanfattning",
            blocks: [
                .paragraph(
                    "Huvudbok och budget för \(c.period.year) saknas: det ekonomiska utfallet kan inte redovisas.",
                    missing: false)
            ])
    }
}
