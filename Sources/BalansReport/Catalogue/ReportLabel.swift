/// A label of the reports without figures — a title, a column, a row, a word a sentence
/// puts in — by an English name; its text is in the catalogue (`ReportCatalogue`).
enum ReportLabel: Hashable, Sendable, CaseIterable {
    case january, february, march, april, may, june, july, august, september, october, november, december, jan, feb
    case mar, apr, mayShort, jun, jul, aug, sep, oct, nov, dec, one, two, three, four, five, six, seven, eight, nine
    case ten, eleven, twelve, negative, positive, theCommittee, theBoard, theCommitteeOwn, theBoardOwn, theUnitOwn,
        forecastDeviation, worse, better, summary, summaryWhat
    case financialGoals, goal, targetValue, excludingUnrealised, reaches, doesNotReach, goalResultName
    case goalSelfFinancingName, goalEquityName, goalResultSubject, goalSelfFinancingSubject, goalEquitySubject
    case goalsCannotBeJudged, becomes, isForecastAt, balanceRequirementMet, economyAssessment, economyAssessmentWhat
    case keyRatioChapter, keyRatio, financialKeyRatios, resultToTaxRevenue, operationsShare, depreciation
    case financialNet, netCostShare, taxRevenueGrowth, netCostGrowth, equityRatio, equityRatioInclPensionsShort
    case keyRatioFootnote, result, unrealisedGainsLosses, resultExclComparability, resultDevelopment
    case qualityIndicators, staffChapter, turnover, externalTurnover, internalTurnover, retirements, sickLeave
    case hiredStaffCost, hiredShareOfTotal, hiredShareShort, staffFootnote, staffR12, sickLeaveCannotBeComputed
    case unchanged, decrease, increase, decreased, increased, comparedToLastYear, plusItems, minusItems
    case otherDeviations, budgetDeviations, bkrResult, bkrRealisationGains, bkrUnrealised, bkrOtherAdjustments
    case bkrAfterAdjustments, bkrRurProvision, bkrRurUse, bkrBalanceResult, bkrToRestoreOpening, bkrYearResult
    case bkrExceptionalReasons, bkrToRestoreClosing, balanceRequirementInquiry, balanceRequirementNotMetLaw
    case balanceRequirementChapter, incomeStatement, revenue, costs, netCosts, tax, grants, operatingResult
    case financialIncome, unrealisedChange, financialCosts, resultAfterFinancial, extraordinary, yearResult
    case resultExclUnrealised, balanceSheet, fixedAssets, infrastructureGrants, currentAssets, totalAssets
    case otherEquity, totalEquity, pensionProvisions, otherProvisions, longTermLiabilities, shortTermLiabilities
    case totalProvisionsAndLiabilities, totalEquityAndLiabilities, pensionObligations, operatingPerCommittee
    case committee, operatingFootnote, operatingChapter, unchangedSinceForecast
    case periodBudgetDeviation, annualBudgetDeviation, investmentsTotal, investmentsPerCommittee,
        investmentsPerCategory, costsAgainstLastYear, differenceFromLastYear
    case forecastBudgetDeviation
    case investmentFootnote, investmentChapter, equipment, intangible, property, infrastructure
    case otherPropertyProjects, propertyTotal, propertyProjects, investmentObject, site, totalDecidedBudget
    case projectForecastTotal, finishedYear, titleMonth, titleUR1, titleUR2, titleAnnual, titleCommittee
    case caseReferenceWhat, noStaffData, proposal, proposalIntro, resultManagement, committeesTotal
    case resultsToHandle, surplusDeficit, resultManagementWhat, unchangedSinceYearEnd, liquidFunds, acquisitionValue
    case marketValue, totally, placementsFootnote, liquidityChapter, resultByMonth, resultTrendChapter
    case plannedInvestments, sumWord, investments, budget, periodOutcome, annualForecast, annualDeviation
    case investmentCostFootnote, decidedPropertyTotal, frameLeft, investmentFrame, amount, women, men, sickLeaveShort
    case sickLeaveMedium, sickLeaveLong, overtime, otherAbsence, hiredShare, staffInFigures, committeeStaffFootnote
    case account, projectFunds, fundsRemaining, yearResultHeading, operatingCommitteesRow, signatures, signaturesWhat
    case originalBudget, budgetChanges, budgetAfterChanges, decisionDate, changeKind, otherAssignments
    case cashFlowStatement, cashOperating, cashInvesting, cashFinancing, cashInfrastructure, cashOperatingTotal
    case cashInvestingTotal, cashFinancingTotal, cashInfrastructureTotal
    case cashResult, cashDepreciation, cashUnrealised, cashProvisions, cashReceivables, cashShortTermLiabilities
    case cashFixedAssets, cashFinancialAssets
    case cashPlacements, cashLongTermLiabilities, cashEquity, cashInfrastructureGrants, cashFlowYear, cashAtStart
    case cashAtEnd
    case measure, deviationWord, effect, expected, realised, actionPlans, noneNeuter, nonePlural
    case activitiesNotFollowing, commitment, activity, status, endDate, unit, comment, fulfilment, following
    case partlyFollowing, notFollowing, finished, project, fulfilmentForecastTitle, goalAssessmentWhat
    case indicatorChapter, indicators, indicator, womenColumn, menColumn, assessment, national, month, yes, no, met
    case notMet, notAssessed, periodResult, annualForecastHeading, deterioration, improvement
    case deviationAnalysis, largerDeviationsSummary, economicOutcome, resultPerArea, area
    case signFootnote, costDevelopmentCannotBeComputed, costDevelopment, budgetedCostDevelopment, differencePoints
    case assignment, allocation, contents, sheet, table, chapter, textMissingMark, ratioResultToTax, ratioThreeYearMean
    case ratioSelfFinancing, ratioOperationsShare, ratioDepreciation, ratioFinancialNet, ratioEquity
    case ratioResultExclComparability, outcome, forecast, htmlFooter, page, pageOf, unitMnkr, unitTkr, unitKr
    case councilDecides, workingCommitteeProposes, boardShort, workingCommitteeShort, decision, matter
    case decisionBasis, impactAssessment, economicConsequences, attachment, decisionCommunicated, allCommittees
    case urgeCommitteesInDeficit, balanceRequirementUnknown, operatingCommitteePrefix
    case economicResult, accumulatedResult, accumulatedBudget, accumulatedDeviation, resultAgainstBudgetAccumulated
    case lower, higher, equipmentShort, intangibleShort, propertyShort, infrastructureShort
    case languageCode, costGrowthChapter, costKind, personnelCosts, purchasedCareCosts, drugCosts, taxAndGrants
    case costGrowthColumn, forecastGrowthColumn, netCostsOutgrowTax
    case taxAndGrantsShort, netCostsShort, taxAndNetCostGrowth, netCostShareFootnote, inclPensionObligations
    case pensionPortfolio, treasuryPortfolio, liquidityPortfolio, bankBalances
    case koladaChapter, koladaComparison, koladaKeyFigure, year, otherRegionsLowest
    case otherRegionsHighest, koladaSource, koladaTotalNote, introductionWhat
    // Noter (LKBR 9 kap.)
    case notesChapter, noteColumn, notePrinciples, noteFixedAssets, notePlacements, noteEquity, noteContingent
    case noteLeasing, noteOpening, noteInvestments, noteFinancialAssetsChange, noteDepreciation, noteChange
    case noteClosing, noteOtherEquityChanges, notePayrollTaxIncluded, notePensionObligations, noteGuarantees
    case noteLeasingWithinYear, noteLeasingOneToFive, noteLeasingAfterFive, rkrDeviationsWhat
    case defaultAccountingPrinciples
    // Förvaltningsberättelse (LKBR 11 kap., RKR R15)
    case sickLeaveStatutory, sickLeaveTotal, sickLeaveLongShare, sickLeaveWomen, sickLeaveMen, sickLeaveUpTo29
    case sickLeave30To49, sickLeaveFrom50, managementReport, fiveYearOverview, fiveYearResultToTax
    case fiveYearNetCostShare, fiveYearEquityInclPensions, fiveYearInvestments, fiveYearHeadcount, pensionFunding
    case pensionProvisionsInclTax, pensionObligationsInclTax, pensionTotal, pensionPlacements, pensionBorrowed
    case significantEvents, governance, expectedDevelopment
    // Sammanställda räkenskaper
    case consolidatedAccounts, koncernColumn, regionColumn, eliminationDifference, methodExcluded, methodProportional
    case koncernCompanies, organisationNumber, ownershipShare, consolidationMethod, koncernEliminations
    case companiesAtShare, eliminationsColumn
    // Mål och budget (issue 18)
    case titlePlan, planTaxChapter, planTaxIntro, planFactor, planTaxRate, planPreliminaryTax, planTaxesAndGrants
    case planFramesChapter, planFramesTotal, planWageIndex, planPriceIndex, planVolumes, planPriorities, planSavings
    case planVolume, planPriority, planSaving, planOtherChanges, planChangeKind, planChangeName, planDecision
    case planIncomeStatementChapter, planCommon, planCommonTotal, planFramesRow, planResultShare, planFinancialGoal
    case planGoalMet, planGoalNotMet, planSignFootnote, planGoalsChapter, planGoalsTable, planGoalsIntro
    case planInvestmentChapter, planInvestmentFootnote
    case planCapitalCosts, planBalanceChapter, planCashFlowChapter, planOtherCurrentAssets, planCash, planBorrowing
    case planAmortisation, planProject, planInvestmentsTotal, planConsequences, planNewDepreciation, planNewInterest
    case planCapitalCostsTotal, planSelfFinancingChapter, planFundsFromOperations, planInvestmentsRow
    case planSelfFinancing, planSelfFinancingGoal, planConsequencesFootnote, planBalanceFootnote, planCashAtStart
    case planCashAtEnd
}
