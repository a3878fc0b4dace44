extension ReportCatalogue {
    /// The Swedish calendar words: the months' names and short names, and the month counts in words.
    /// `swedish(_:)` hands exactly these keys here.
    static func calendarSwedish(_ key: ReportLabel) -> String {
        switch key {
        case .january: return "januari"
        case .february: return "februari"
        case .march: return "mars"
        case .april: return "april"
        case .may: return "maj"
        case .june: return "juni"
        case .july: return "juli"
        case .august: return "augusti"
        case .september: return "september"
        case .october: return "oktober"
        case .november: return "november"
        case .december: return "december"
        case .jan: return "jan"
        case .feb: return "feb"
        case .mar: return "mars"
        case .apr: return "apr"
        case .mayShort: return "maj"
        case .jun: return "juni"
        case .jul: return "juli"
        case .aug: return "aug"
        case .sep: return "sep"
        case .oct: return "okt"
        case .nov: return "nov"
        case .dec: return "dec"
        case .one: return "en"
        case .two: return "två"
        case .three: return "tre"
        case .four: return "fyra"
        case .five: return "fem"
        case .six: return "sex"
        case .seven: return "sju"
        case .eight: return "åtta"
        case .nine: return "nio"
        case .ten: return "tio"
        case .eleven: return "elva"
        case .twelve: return "tolv"
        default: return ""  // never: swedish(_:) hands only the keys above (CatalogueTests checks every key)
        }
    }
}
