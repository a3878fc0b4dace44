extension ReportCatalogue {
    /// The Swedish text of Mål och budget's investment plan, balance sheet, cash flow and self-financing labels
    /// (issue 18, items 5 and 6). `swedish(_:)` hands exactly these keys here.
    static func planFinanceSwedish(_ key: ReportLabel) -> String {
        switch key {
        case .planCapitalCosts: return "Kapitalkostnader nya investeringar"
        case .planBalanceChapter: return "Budgeterad balansräkning"
        case .planCashFlowChapter: return "Budgeterad kassaflödesanalys"
        case .planOtherCurrentAssets: return "Omsättningstillgångar utom likvida medel"
        case .planCash: return "Likvida medel"
        case .planCashAtStart: return "Likvida medel vid årets början"
        case .planCashAtEnd: return "Likvida medel vid årets slut"
        case .planBorrowing: return "Nyupptagna lån"
        case .planAmortisation: return "Amortering av långfristiga skulder"
        case .planProject: return "Projekt"
        case .planInvestmentsTotal: return "Summa investeringar"
        case .planConsequences: return "Driftkonsekvenser av investeringarna"
        case .planNewDepreciation: return "Avskrivningar"
        case .planNewInterest: return "Ränta"
        case .planCapitalCostsTotal: return "Summa kapitalkostnader"
        case .planSelfFinancingChapter: return "Självfinansiering av investeringarna"
        case .planFundsFromOperations: return "Resultat före avskrivningar"
        case .planInvestmentsRow: return "Investeringar"
        case .planSelfFinancing: return "Självfinansieringsgrad av investeringarna"
        case .planSelfFinancingGoal: return "Målet för självfinansieringsgraden"
        case .planConsequencesFootnote:
            return "Avskrivningarna är linjära över kategorins avskrivningstid och räntan beräknas på det "
                + "bokförda värdet, båda från året efter investeringsåret. Kapitalkostnaderna ingår i "
                + "nämndernas ramar."
        case .planBalanceFootnote:
            return "Anläggningstillgångarna ökar med investeringarna och minskar med avskrivningarna, eget kapital "
                + "ändras med årets resultat och de långfristiga skulderna med upplåning och amortering; likvida "
                + "medel är årets kassaflöde. Övriga poster är oförändrade."
        default: return ""  // never: `swedish(_:)` hands only the keys above here
        }
    }

    /// The Swedish text of the same chapters' sentences. `swedish(_:)` hands exactly these keys here.
    static func planFinanceSwedish(_ key: ReportSentence) -> String {
        switch key {
        case .planOpeningBalance: return "Ingående {1}"
        case .planUsefulLife: return "{1} {2} år"
        case .planNegativeCash:
            return "Likvida medel blir negativa {1} ({2}): resultatet och investeringarna kräver mer upplåning än "
                + "planen tar upp, eller att placeringar tas i anspråk."
        case .planDepreciationFromPlan: return "{1} enligt planens antaganden"
        case .planDepreciationAsBefore: return "{1} som året före"
        case .planDepreciationFromBudget: return "{1} enligt beslutad budget {2}"
        case .planDepreciationFromOutcome: return "{1} enligt utfallet {2}"
        case .planUsefulLives: return "Avskrivningstider: {1}."
        case .planDepreciationSource: return "Avskrivningar på befintliga tillgångar {1}: {2}."
        case .planSelfFinancingTarget: return "Mål, minst {1}"
        case .planSelfFinancingText:
            return "Investeringarna {1} uppgår till {2} och resultatet före avskrivningar till {3}; "
                + "självfinansieringsgraden blir {4}. Målet, minst {5}, {6}."
        case .planProjectionMissing: return "Balansräkningen kan inte räknas fram: {1}."
        case .planInvestmentsOfYear: return "Investeringar {1}"
        case .planConsequencesText:
            return "De nya investeringarnas kapitalkostnader {1} uppgår till {2}, varav avskrivningar {3} och "
                + "ränta {4}."
        default: return ""  // never: `swedish(_:)` hands only the keys above here
        }
    }
}
