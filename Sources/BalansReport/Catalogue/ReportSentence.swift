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
    case rurNotUsed, ownSummary, ownAnalysis
    case dayMonthYear, sum, changedSinceForecast, committeeDeviation, accumulatedOutcomeThrough, annualReportOf
    case reportOf, approve, aboveHiredTarget, budgetNotReadNoSurplus, liquidity
    case changeSinceYearEnd, liquidFundsAndPlacements, accumulatedOutcome, yearForecast, totalFrame, ageUpTo
    case ageAndOlder, ageBand, expectedEffectYear, expectedSpan, realisedSpan, perMonth, nameColonText
    case fulfilmentForecast, fulfilmentPrevious, unassessed, focusArea, indicatorsCannotBeJudged, indicatorsMet
    case indicatorsUnjudged, againstNationalAndTarget, againstNational, kronor, rolling12, committeeResult
    case committeeForecast, forecastUnchanged, forecastChanged, change, areaForecastDeviation, ledgerEndsEarly
    case noLedgerOrBudget, totalOf, periodResultSpan, deviationFromBudgetSpan, forecastDeviationYear
    case costDevelopmentAgainst, commentOnDeviationsWhat, titleOf, titleYear, titleFor, subtitle, periodOf
    case diffChapterGone
    case diffChapterNew, diffTableGone, diffTableNew, diffRowGone, diffRowNew, diffColumn
    case decisionOn, paragraphOf, proposalOf, paragraphTitle, caseNumberIs, matterText, balanceRequirementMetForecast
    case negativeBalanceRequirementForecast, invokesExceptionalReasons, operatingCommitteesFor
    case investmentBudgetBridge, investmentBudgetIs, investmentOutcome, investmentOutcomeAgainstLastYear
    case investmentForecast, nameAndAmount, sourceAccounts, sourceAccountsAndForecasts, sourceStaff
    case budgetAssumesReduction, reductionRealisedRemaining, costKindChanged, netCostsChanged, netCostForecastGrowth
    case taxChanged, taxForecastGrowth, costGrowthFootnote, costGrowthCaption
    case koladaChartTitle, accountSpecification, accountNumbered, areaForecastDeficit, areaForecastSurplus
    case estimatedDeficit, personnelCostsSpan, fundsDecidedThrough, committeeYearResult, yearOnBudget, yearDeficit
    case yearSurplus, againstFirstForecast, costDevelopmentIs, costDevelopmentAgainstBudget
    case largerDeviationsRegionFootnote, sourceNamed, budgetChangesYear, budgetDecisionsYear, accountAmount
    case cashFlowDifference
    case goalsChapter, operationsChapter, indicatorTargetsChapter, textAboutWhat
    // Noter
    case noteHeading, investmentBudgetYear, carryOverFrom, balanceRequirementMetYear, negativeBalanceRequirementYear
    case invokesExceptionalReasonsYear
    // Sammanställda räkenskaper
    case koncernLedgerMissing, koncernIncomeStatement, koncernBalanceSheet, eliminationPairDifference, koncernOverview
    case koncernCashFlow
    // Mål och budget (issue 18)
    case planTitle, planSubtitle, planSubtitleDecided, planSubtitleRevised, planYear, planTaxTable, planTaxBase,
        planUplift, planTaxBaseOfYear
    case planFinalSettlement, planSettlementCorrection, planTaxSources, planFramesTable, planFramesText
    case planFrameOpening, planNamedChanges, planOpeningFromBudget, planOpeningFromRows, planOpeningFromPlan
    case planIncomeStatementTable, planResultTarget, planResultText
    case planOpeningBalance, planUsefulLives, planDepreciationSource, planSelfFinancingTarget, planSelfFinancingText
    case planProjectionMissing, planInvestmentsOfYear, planConsequencesText, planDepreciationFromPlan
    case planDepreciationAsBefore, planDepreciationFromBudget, planDepreciationFromOutcome, planUsefulLife
    case planNegativeCash
}
