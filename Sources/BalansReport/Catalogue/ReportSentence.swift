/// A sentence or phrase of the reports with figures — {1}, {2}, … in its text are the
/// arguments, already formatted — by an English name; its text is in the catalogue.
enum ReportSentence: Hashable, Sendable, CaseIterable {
    case span, longSpan, monthYear, textMissing, listAnd, noDeviation, deviation, outcomeSpanYear, budgetSpanYear
    case deviationSpan, annualBudgetYear, annualForecastYear, resultAfterMonths, budgetNotRead
    case resultAfterMonthsAgainstBudget, ledgerMissing, yearForecastAgainstBudget, nameWithAmount
    case committeesInDeficit, forecastYear, budgetYear, goalForecast, above, atLeast, goalsMet
    case balanceRequirementNotMet, resultToTaxRevenueMean, outcomeYear, keyRatioTrend, outcomeMonthYear, targetYear
    case hiredCostIntro, changeBy, orPercent, hiredByProfession, total, largerDeviations, forecastBudgetDeviationYear
    case largerDeviationsFootnote, forecastDeviationPerCommittee, balanceRequirementForecast, internalNotZero
    case dayMonthYear, sum, changedSinceForecast, committeeDeviation, accumulatedOutcomeThrough
}
