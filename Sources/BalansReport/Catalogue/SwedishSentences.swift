extension ReportCatalogue {
    /// The Swedish text of each sentence key.
    static func swedish(_ key: ReportSentence) -> String {
        switch key {
        case .span: return "{1}–{2}"
        case .longSpan: return "{1}–{2} {3}"
        case .monthYear: return "{1} {2}"
        case .textMissing: return "Ingen text är inlagd för detta avsnitt. ({1})"
        case .listAnd: return "{1} och {2}"
        case .noDeviation: return "ingen {1}"
        case .deviation: return "en {1} {2} på {3}"
        case .outcomeSpanYear: return "Utfall {1} {2}"
        case .budgetSpanYear: return "Budget {1} {2}"
        case .deviationSpan: return "Avvikelse {1}"
        case .annualBudgetYear: return "Budget helår {1}"
        case .annualForecastYear: return "Prognos helår {1}"
        case .resultAfterMonths: return "Resultatet efter {1} månader uppgår till {2}."
        case .budgetNotRead: return "budget för {1} är inte inläst: avvikelser mot budget kan inte redovisas"
        case .resultAfterMonthsAgainstBudget:
            return "Resultatet efter {1} månader uppgår till {2}, vilket är {3} {4} än den periodiserade budgeten."
        case .ledgerMissing: return "huvudbok för {1} saknas"
        case .yearForecastAgainstBudget:
            return "Årets resultat prognostiseras till {1} mot budgeterat {2}, en {3} avvikelse mot årsbudgeten med {4}."
        case .nameWithAmount: return "{1} ({2})"
        case .committeesInDeficit: return "Nämnder och verksamheter som prognostiserar underskott mot budget: {1}."
        case .forecastYear: return "Prognos {1}"
        case .budgetYear: return "Budget {1}"
        case .goalForecast: return "{1} prognostiseras till {2}, vilket {3} det långsiktiga målvärdet på {4} procent."
        case .above: return "över {1} %"
        case .atLeast: return "minst {1} %"
        case .goalsMet: return "{1} av {2} finansiella mål nås enligt prognosen."
        case .balanceRequirementNotMet: return " Balanskravet uppfylls inte: balanskravsresultatet {1} {2}."
        case .resultToTaxRevenueMean:
            return "Resultat i förhållande till skatteintäkter och generella statsbidrag, genomsnitt {1}–{2}: {3}."
        case .outcomeYear: return "Utfall {1}"
        case .keyRatioTrend:
            return "Nettokostnadsandel och soliditet över åren ({1}: nettokostnadsandel enligt prognos, soliditet "
                + "per {2})"
        case .outcomeMonthYear: return "Utfall {1} {2}"
        case .targetYear: return "Målvärde {1}"
        case .hiredCostIntro:
            return "Regionens kostnader för inhyrda läkare och sjuksköterskor uppgår till {1} {2} {3}, "
        case .changeBy: return "en {1} med {2}"
        case .orPercent: return " eller {1}"
        case .hiredByProfession:
            return " Kostnaderna för inhyrda läkare har {1} med {2} och för inhyrda sjuksköterskor {3} med {4}."
        case .total: return "Total {1}"
        case .largerDeviations: return "Större budgetavvikelser {1}"
        case .forecastBudgetDeviationYear: return "Prognostiserad budgetavvikelse {1}"
        case .largerDeviationsFootnote:
            return "Budgetrader med en prognostiserad avvikelse på minst {1}. Övriga avvikelser är resten, så att "
                + "tabellen summerar till totalen."
        case .forecastDeviationPerCommittee: return "Prognostiserad budgetavvikelse per nämnd {1}"
        case .balanceRequirementForecast: return "Balanskravsresultatet för {1} prognostiseras till {2}."
        case .internalNotZero:
            return "Interna konton summerar inte till noll för organisationen: differens {1}. Differensen ingår "
                + "inte i resultaträkningen."
        case .dayMonthYear: return "{1} {2} {3}"
        case .sum: return "Summa {1}"
        case .changedSinceForecast: return ", en förändring med {1} sedan föregående prognos"
        case .committeeDeviation: return "Nämnden visar {1}. Prognosen för helår är en avvikelse mot budget på {2}{3}."
        case .accumulatedOutcomeThrough: return "Ack. utfall t.o.m. {1} {2}"
        }
    }
}
