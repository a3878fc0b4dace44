extension ReportCatalogue {
    /// The Swedish text of the key ratios', the balanskravsutredning's and the Kolada comparison's labels.
    /// `swedish(_:)` hands exactly these keys here.
    static func keyRatioSwedish(_ key: ReportLabel) -> String {
        switch key {
        case .bkrResult: return "= Årets resultat enligt resultaträkningen"
        case .bkrRealisationGains: return "− reducering av samtliga realisationsvinster"
        case .bkrUnrealised: return "−/+ orealiserade vinster och förluster i värdepapper"
        case .bkrOtherAdjustments: return "± övriga justeringar"
        case .bkrAfterAdjustments: return "= Årets resultat efter balanskravsjusteringar"
        case .bkrRurProvision: return "− avsättning till resultatutjämningsreserv"
        case .bkrRurUse: return "+ disposition av resultatutjämningsreserv"
        case .bkrBalanceResult: return "= Balanskravsresultat"
        case .bkrToRestoreOpening: return "= IB ackumulerade negativa resultat att återställa inom tre år"
        case .bkrYearResult: return "+ årets balanskravsresultat"
        case .bkrExceptionalReasons: return "+ synnerliga skäl att inte återställa"
        case .bkrToRestoreClosing: return "= UB ackumulerade negativa resultat att återställa inom tre år"
        case .ratioResultToTax: return "Resultat / skatt och statsbidrag"
        case .ratioThreeYearMean: return "  genomsnitt tre år"
        case .ratioSelfFinancing: return "Självfinansieringsgrad"
        case .ratioOperationsShare: return "  verksamhetens andel"
        case .ratioDepreciation: return "  avskrivningar"
        case .ratioFinancialNet: return "  finansnetto"
        case .ratioEquity: return "Soliditet"
        case .ratioResultExclComparability: return "Resultat exkl. jämförelsestörande"
        case .koladaChapter: return "Jämförelse med riket och övriga regioner"
        case .koladaComparison: return "Nyckeltal i jämförelse"
        case .koladaKeyFigure: return "Nyckeltal"
        case .koladaSource: return "Källa: Kolada"
        case .koladaTotalNote: return "Totalt för kvinnor och män, senaste år med utfall i Kolada."
        case .otherRegionsLowest: return "Övriga regioner, lägst"
        case .otherRegionsHighest: return "Övriga regioner, högst"
        case .pensionPortfolio: return "Pensionsmedelsförvaltning"
        case .treasuryPortfolio: return "Medelsförvaltning"
        case .liquidityPortfolio: return "Likviditetsförvaltning"
        case .bankBalances: return "Banktillgodohavanden"
        default: return ""  // never: swedish(_:) hands only the keys above (CatalogueTests checks every key)
        }
    }
}
